// Mirrors Confluence's com.atlassian.confluence.core.OperationTrigger (type only); checked against Confluence 9.4.0 javadoc.
package com.atlassian.confluence.core;

public interface OperationTrigger {
}
