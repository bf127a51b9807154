package io.followthrough.core.report;

/**
 * The items of one page that name one outcome title.
 *
 * @param live      of them, those still on the page
 * @param accepted  live items promised: accepted, done or satisfied
 * @param delivered live items done or satisfied
 */
public record OutcomeActions(long pageId, String outcome, int live, int accepted, int delivered) {
}
