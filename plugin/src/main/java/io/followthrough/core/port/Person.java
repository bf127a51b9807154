package io.followthrough.core.port;

/** A Confluence user as the core sees one: stable key, login name, name to show. */
public record Person(String key, String username, String displayName) {
}
