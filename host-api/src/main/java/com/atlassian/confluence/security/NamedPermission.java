package com.atlassian.confluence.security;

final class NamedPermission implements Permission {
    private final String name;

    NamedPermission(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
