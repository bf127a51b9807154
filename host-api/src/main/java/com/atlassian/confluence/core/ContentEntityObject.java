// Mirrors Confluence's com.atlassian.confluence.core.ContentEntityObject (subset); checked against the Confluence 8.x class.
package com.atlassian.confluence.core;

public abstract class ContentEntityObject extends ConfluenceEntityObject {
    private String title;
    private String bodyAsString;
    private int version;

    protected ContentEntityObject() {
    }

    public String getIdAsString() {
        return String.valueOf(getId());
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBodyAsString() {
        return bodyAsString;
    }

    public void setBodyAsString(String content) {
        this.bodyAsString = content;
    }

    // Declared on AbstractVersionedEntityObject in Confluence; that supertype is omitted here.
    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public abstract String getType();
}
