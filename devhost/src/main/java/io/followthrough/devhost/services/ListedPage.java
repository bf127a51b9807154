package io.followthrough.devhost.services;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.user.ConfluenceUser;
import java.util.function.Supplier;

/**
 * A page of a listing whose body and authors are read on first use, as Hibernate loads a
 * Confluence page's body content and its creator and last modifier lazily: listing a space's
 * pages then costs no body reads and no user look-ups. The authors of the whole listing are looked
 * up together, the first time any page of it is asked for one.
 */
final class ListedPage extends Page {
    // Each is null once loaded or set.
    private transient Supplier<String> body;
    private transient Supplier<ConfluenceUser> creator;
    private transient Supplier<ConfluenceUser> lastModifier;

    ListedPage(Supplier<String> body, Supplier<ConfluenceUser> creator, Supplier<ConfluenceUser> lastModifier) {
        this.body = body;
        this.creator = creator;
        this.lastModifier = lastModifier;
    }

    @Override
    public String getBodyAsString() {
        if (body != null) {
            super.setBodyAsString(body.get());
            body = null;
        }
        return super.getBodyAsString();
    }

    @Override
    public void setBodyAsString(String content) {
        body = null;
        super.setBodyAsString(content);
    }

    @Override
    public ConfluenceUser getCreator() {
        if (creator != null) {
            super.setCreator(creator.get());
            creator = null;
        }
        return super.getCreator();
    }

    @Override
    public void setCreator(ConfluenceUser user) {
        creator = null;
        super.setCreator(user);
    }

    @Override
    public ConfluenceUser getLastModifier() {
        if (lastModifier != null) {
            super.setLastModifier(lastModifier.get());
            lastModifier = null;
        }
        return super.getLastModifier();
    }

    @Override
    public void setLastModifier(ConfluenceUser user) {
        lastModifier = null;
        super.setLastModifier(user);
    }
}
