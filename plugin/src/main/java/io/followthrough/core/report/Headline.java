package io.followthrough.core.report;

import java.time.Duration;
import java.util.Optional;

/**
 * The report's headline figures (DESIGN §5.5). Counts of open work cover items on their page;
 * rates and durations also cover items removed from pages (see {@link Metrics}).
 *
 * @param oldestAwaiting the item that has waited longest for an answer
 * @param items          every item counted, removed ones included
 */
public record Headline(int awaitingAnswer, Optional<ReportRow> oldestAwaiting, int inProgress, int overdue,
                       int awaitingAcknowledgement, int satisfiedLast30Days, int satisfiedLast90Days,
                       Rate onTimeOriginal, Rate onTimeLast, Optional<Duration> medianTimeToAnswer,
                       Optional<Duration> medianTimeToAcknowledge, Rate declineRate, Rate renegotiationRate, int items) {
}
