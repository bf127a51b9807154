package io.followthrough.devhost.services;

import com.atlassian.confluence.pages.Page;
import java.util.function.Supplier;

/**
 * A page whose body is read on first use, as Hibernate loads a Confluence page's body content
 * lazily: listing a space's pages then costs no body reads.
 */
final class LazyBodyPage extends Page {
    // Null once the body is loaded or set.
    private transient Supplier<String> loader;

    LazyBodyPage(Supplier<String> loader) {
        this.loader = loader;
    }

    @Override
    public String getBodyAsString() {
        if (loader != null) {
            super.setBodyAsString(loader.get());
            loader = null;
        }
        return super.getBodyAsString();
    }

    @Override
    public void setBodyAsString(String content) {
        loader = null;
        super.setBodyAsString(content);
    }
}
