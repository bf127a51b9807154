// Mirrors Confluence's com.atlassian.confluence.pages.PageUpdateTrigger (subset); checked against Confluence 9.4.0 javadoc and the published class.
package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.OperationTrigger;

public enum PageUpdateTrigger implements OperationTrigger {
    UNKNOWN
}
