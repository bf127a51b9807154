// Mirrors Confluence's com.atlassian.confluence.core.OperationContext (type only); checked against Confluence 8.5.7 javadoc.
package com.atlassian.confluence.core;

public interface OperationContext<TRIGGER extends OperationTrigger> {
}
