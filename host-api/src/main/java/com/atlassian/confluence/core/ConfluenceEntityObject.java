// Mirrors Confluence's com.atlassian.confluence.core.ConfluenceEntityObject (subset); checked against Confluence 8.0 javadoc.
package com.atlassian.confluence.core;

import com.atlassian.confluence.user.ConfluenceUser;
import java.io.Serializable;

public class ConfluenceEntityObject implements Serializable {
    private long id;
    private ConfluenceUser creator;
    private ConfluenceUser lastModifier;

    public ConfluenceEntityObject() {
    }

    // Declared on com.atlassian.core.bean.EntityObject in Confluence; that supertype is omitted here.
    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public ConfluenceUser getCreator() {
        return creator;
    }

    public void setCreator(ConfluenceUser creator) {
        this.creator = creator;
    }

    public ConfluenceUser getLastModifier() {
        return lastModifier;
    }

    public void setLastModifier(ConfluenceUser lastModifier) {
        this.lastModifier = lastModifier;
    }
}
