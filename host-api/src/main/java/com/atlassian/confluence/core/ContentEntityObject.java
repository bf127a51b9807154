package com.atlassian.confluence.core;

public abstract class ContentEntityObject {
    private long id;
    private String title;
    private String bodyAsString;

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
