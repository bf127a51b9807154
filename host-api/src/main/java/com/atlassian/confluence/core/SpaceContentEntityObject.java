// Mirrors Confluence's com.atlassian.confluence.core.SpaceContentEntityObject (subset); checked against the Confluence 8.x class.
package com.atlassian.confluence.core;

import com.atlassian.confluence.spaces.Space;

public abstract class SpaceContentEntityObject extends ContentEntityObject {
    private Space space;

    public Space getSpace() {
        return space;
    }

    public void setSpace(Space space) {
        this.space = space;
    }
}
