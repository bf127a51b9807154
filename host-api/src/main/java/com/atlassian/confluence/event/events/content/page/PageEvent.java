// Mirrors Confluence's com.atlassian.confluence.event.events.content.page.PageEvent (subset); checked against Confluence 8.5.7 javadoc and the published class.
package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.core.OperationContext;
import com.atlassian.confluence.event.events.content.ContentEvent;
import com.atlassian.confluence.pages.Page;
import java.util.Objects;

public abstract class PageEvent extends ContentEvent {
    private final Page page;

    public PageEvent(Object source, Page page, OperationContext<?> operationContext) {
        super(source, operationContext);
        this.page = Objects.requireNonNull(page, "page");
    }

    public Page getPage() {
        return page;
    }
}
