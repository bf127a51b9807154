// Mirrors Confluence's com.atlassian.confluence.event.events.content.page.PageRestoreEvent; checked against the published Confluence class.
package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;

public class PageRestoreEvent extends PageEvent {
    public PageRestoreEvent(Object src, Page page) {
        super(src, page, null);
    }
}
