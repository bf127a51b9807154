// Mirrors Confluence's com.atlassian.confluence.event.events.ConfluenceEvent (subset); checked against Confluence 5.4 javadoc and the published class.
package com.atlassian.confluence.event.events;

import java.io.Serializable;

public abstract class ConfluenceEvent implements Serializable {
    // Confluence keeps the source on its omitted superclass com.atlassian.event.Event; nothing here reads it.
    public ConfluenceEvent(Object src) {
    }
}
