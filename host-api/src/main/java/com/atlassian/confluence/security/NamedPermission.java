// Package-private helper that gives the Permission constants a name; Confluence uses its own private subclasses.
package com.atlassian.confluence.security;

final class NamedPermission extends Permission {
    private final String name;

    NamedPermission(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
