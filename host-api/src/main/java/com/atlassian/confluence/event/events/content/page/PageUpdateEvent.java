// Mirrors Confluence's com.atlassian.confluence.event.events.content.page.PageUpdateEvent (subset); checked against the published Confluence class.
package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.core.OperationContext;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageUpdateTrigger;

public class PageUpdateEvent extends PageEvent {
    private final AbstractPage originalPage;

    public PageUpdateEvent(Object source, Page updatedPage, AbstractPage originalPage,
                           OperationContext<PageUpdateTrigger> operationContext) {
        super(source, updatedPage, operationContext);
        this.originalPage = originalPage;
    }

    public AbstractPage getOriginalPage() {
        return originalPage;
    }
}
