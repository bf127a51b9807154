package io.followthrough.confluence.rest;

/**
 * A move as clients send it: {@code {"move": "accept", "note": "...", "due": "2026-12-31", "expectedVersion": 3}}.
 * Boxed version so that a missing one can be told from zero.
 */
public record MoveJson(String move, String note, String due, Integer expectedVersion) {
}
