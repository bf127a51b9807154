package io.followthrough.core.report;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

/**
 * The days the one-row figures are counted against, in the server's zone. Counting by day lets the
 * figures be kept as counts per day (see {@link SpaceTally}).
 *
 * @param today     overdue means an effective due date before this day; the last 30 and 90 days end with it
 * @param weekStarts the first day of each chart week, oldest first, then the day after the last week
 */
public record TotalsRequest(LocalDate today, List<LocalDate> weekStarts) {
    public TotalsRequest {
        weekStarts = List.copyOf(weekStarts);
    }

    public int weeks() {
        return weekStarts.size() - 1;
    }

    /** Whether a day is one of the last {@code days} days, today included (or later). */
    public boolean withinLast(int days, LocalDate day) {
        return !day.isBefore(today.minusDays(days - 1L));
    }

    /** The chart week a day falls in, 0 for the oldest; empty outside the chart. */
    public OptionalInt week(LocalDate day) {
        for (int w = 0; w < weeks(); w++) {
            if (!day.isBefore(weekStarts.get(w)) && day.isBefore(weekStarts.get(w + 1))) {
                return OptionalInt.of(w);
            }
        }
        return OptionalInt.empty();
    }
}
