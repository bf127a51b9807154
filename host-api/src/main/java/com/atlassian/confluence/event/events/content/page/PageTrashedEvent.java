// Mirrors Confluence's com.atlassian.confluence.event.events.content.page.PageTrashedEvent (subset); checked against the published Confluence class.
package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;
import com.atlassian.user.User;

public class PageTrashedEvent extends PageEvent {
    public PageTrashedEvent(Object source, Page trashedPage, User trasher, boolean suppressNotifications) {
        super(source, trashedPage, null);
    }
}
