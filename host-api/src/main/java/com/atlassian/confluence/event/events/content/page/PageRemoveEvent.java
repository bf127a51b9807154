// Mirrors Confluence's com.atlassian.confluence.event.events.content.page.PageRemoveEvent; checked against the published Confluence class.
package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;

public class PageRemoveEvent extends PageEvent {
    public PageRemoveEvent(Object src, Page removedPage) {
        super(src, removedPage, null);
    }
}
