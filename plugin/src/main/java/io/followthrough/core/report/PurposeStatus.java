package io.followthrough.core.report;

/** A purpose with what the report derives from today's date. */
public record PurposeStatus(PurposeSummary purpose, boolean expired, boolean reviewDue) {
}
