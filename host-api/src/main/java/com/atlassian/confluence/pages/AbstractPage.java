package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.SpaceContentEntityObject;

public abstract class AbstractPage extends SpaceContentEntityObject {
}
