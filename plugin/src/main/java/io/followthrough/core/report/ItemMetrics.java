package io.followthrough.core.report;

import io.followthrough.core.commitment.ItemEvent;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * What {@link Metrics} says about one item's history, kept beside the item whenever its history
 * changes so that a report can add the figures up in the database instead of reading every history.
 * Declined and renegotiated count only for answered items, as the rates do.
 */
public record ItemMetrics(Optional<Duration> timeToAnswer, Optional<Duration> timeToAcknowledge,
                          Optional<Boolean> onTimeOriginal, Optional<Boolean> onTimeLast,
                          boolean answered, boolean declined, boolean renegotiated) {

    /** The metrics of a history, oldest event first; on time is judged by the day in the given zone. */
    public static ItemMetrics of(List<ItemEvent> history, ZoneId zone) {
        boolean answered = Metrics.wasAnswered(history);
        return new ItemMetrics(Metrics.timeToAnswer(history), Metrics.timeToAcknowledge(history),
                Metrics.deliveredOnTime(history, AgreedDate.ORIGINAL, zone),
                Metrics.deliveredOnTime(history, AgreedDate.LAST, zone),
                answered, answered && Metrics.wasDeclined(history), answered && Metrics.wasRenegotiated(history));
    }
}
