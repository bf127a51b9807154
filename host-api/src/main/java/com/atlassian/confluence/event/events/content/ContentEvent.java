// Mirrors Confluence's com.atlassian.confluence.event.events.content.ContentEvent (subset); checked against Confluence 8.5.7 javadoc.
package com.atlassian.confluence.event.events.content;

import com.atlassian.confluence.core.OperationContext;
import com.atlassian.confluence.event.events.ConfluenceEvent;

public abstract class ContentEvent extends ConfluenceEvent {
    public ContentEvent(Object source, OperationContext<?> context) {
        super(source);
    }
}
