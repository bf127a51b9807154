package io.followthrough.confluence.rest;

/**
 * A status update as clients send it: {@code {"status": "at-risk", "note": "...", "expectedVersion": 3}}.
 * Boxed version so that a missing one can be told from zero.
 */
public record StatusJson(String status, String note, Integer expectedVersion) {
}
