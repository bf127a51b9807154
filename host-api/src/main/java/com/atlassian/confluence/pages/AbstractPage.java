// Mirrors Confluence's com.atlassian.confluence.pages.AbstractPage (subset); checked against the Confluence 8.x class.
package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.SpaceContentEntityObject;

public abstract class AbstractPage extends SpaceContentEntityObject {
}
