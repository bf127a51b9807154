package io.followthrough.devhost.services;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.user.ConfluenceUser;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A page of a listing whose body and authors are read on first use, as Hibernate loads a
 * Confluence page's body content and its creator and last modifier lazily: listing a space's
 * pages then costs no body reads and no user look-ups. The authors of the whole listing are looked
 * up together, the first time any page of it is asked for one.
 */
final class ListedPage extends Page {
    private final transient Later<String> body;
    private final transient Later<ConfluenceUser> creator;
    private final transient Later<ConfluenceUser> lastModifier;

    ListedPage(Supplier<String> body, Supplier<ConfluenceUser> creator, Supplier<ConfluenceUser> lastModifier) {
        this.body = new Later<>(body);
        this.creator = new Later<>(creator);
        this.lastModifier = new Later<>(lastModifier);
    }

    @Override
    public String getBodyAsString() {
        body.load(super::setBodyAsString);
        return super.getBodyAsString();
    }

    @Override
    public void setBodyAsString(String content) {
        body.forget();
        super.setBodyAsString(content);
    }

    @Override
    public ConfluenceUser getCreator() {
        creator.load(super::setCreator);
        return super.getCreator();
    }

    @Override
    public void setCreator(ConfluenceUser user) {
        creator.forget();
        super.setCreator(user);
    }

    @Override
    public ConfluenceUser getLastModifier() {
        lastModifier.load(super::setLastModifier);
        return super.getLastModifier();
    }

    @Override
    public void setLastModifier(ConfluenceUser user) {
        lastModifier.forget();
        super.setLastModifier(user);
    }

    /** A value read once, on first use, into the page; never read if the page is given one first. */
    private static final class Later<T> {
        // Null once read or given.
        private Supplier<T> loader;

        Later(Supplier<T> loader) {
            this.loader = loader;
        }

        void load(Consumer<T> into) {
            if (loader != null) {
                into.accept(loader.get());
                loader = null;
            }
        }

        void forget() {
            loader = null;
        }
    }
}
