package com.atlassian.user;

public interface Entity {
    String getName();
}
