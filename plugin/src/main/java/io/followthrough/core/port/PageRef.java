package io.followthrough.core.port;

/** A Confluence page as reports see one: its id, title and space. */
public record PageRef(long id, String title, String spaceKey) {
}
