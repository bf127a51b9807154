// Mirrors Confluence's com.atlassian.confluence.event.events.content.page.PageCreateEvent (subset); checked against the published Confluence class.
package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.core.OperationContext;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageUpdateTrigger;
import java.io.Serializable;
import java.util.Map;

public class PageCreateEvent extends PageEvent {
    public PageCreateEvent(Object source, Page page, Map<String, Serializable> context,
                           OperationContext<PageUpdateTrigger> operationContext) {
        super(source, page, operationContext);
    }
}
