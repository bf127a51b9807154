package io.followthrough.confluence.rest;

/**
 * An error for people and programs: what went wrong, which input ("" if none), and the item or
 * outcome as it is now when that helps.
 */
public record ErrorJson(String error, String field, Object current) {
}
