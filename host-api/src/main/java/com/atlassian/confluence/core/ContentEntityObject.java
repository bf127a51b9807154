// Mirrors Confluence's com.atlassian.confluence.core.ContentEntityObject (subset); checked against the Confluence 8.x class.
package com.atlassian.confluence.core;

public abstract class ContentEntityObject {
    private long id;
    private String title;
    private String bodyAsString;

    protected ContentEntityObject() {
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getIdAsString() {
        return String.valueOf(id);
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

    public abstract String getType();
}
