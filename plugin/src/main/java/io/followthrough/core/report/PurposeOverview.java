package io.followthrough.core.report;

/**
 * The space's purposes, one page of them, expired and review-due ones first; and how many of all of
 * them are expired or due for review.
 */
public record PurposeOverview(Paged<PurposeStatus> purposes, int expired, int reviewDue) {
}
