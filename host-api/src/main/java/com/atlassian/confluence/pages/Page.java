// Mirrors Confluence's com.atlassian.confluence.pages.Page (subset); checked against the Confluence 8.x class.
package com.atlassian.confluence.pages;

public class Page extends AbstractPage {
    public static final String CONTENT_TYPE = "page";

    public Page() {
    }

    @Override
    public String getType() {
        return CONTENT_TYPE;
    }
}
