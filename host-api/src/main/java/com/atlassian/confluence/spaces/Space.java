// Mirrors Confluence's com.atlassian.confluence.spaces.Space (subset); checked against the Confluence 8.x class.
package com.atlassian.confluence.spaces;

import com.atlassian.confluence.core.ConfluenceEntityObject;

public class Space extends ConfluenceEntityObject {
    private String key;
    private String name;

    public Space() {
    }

    public Space(String key) {
        this.key = key;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
