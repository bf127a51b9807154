package io.followthrough.core.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The moments the one-row figures are counted against.
 *
 * @param today      overdue means an effective due date before this day
 * @param since30    satisfied in the last 30 days means reaching satisfied at or after this instant
 * @param since90    likewise for 90 days
 * @param weekBounds the start of each chart week, oldest first, then the end of the last one
 */
public record TotalsRequest(LocalDate today, Instant since30, Instant since90, List<Instant> weekBounds) {
    public TotalsRequest {
        weekBounds = List.copyOf(weekBounds);
    }

    public int weeks() {
        return weekBounds.size() - 1;
    }
}
