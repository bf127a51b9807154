package io.followthrough.core.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The space's expected outcomes, one page of them, those that need attention first; and, counted
 * over all of them, how many there are per recorded status ({@link #NOT_RECORDED} for none) and how
 * many lack an accepted action or are overdue.
 */
public record OutcomeOverview(Paged<OutcomeStatus> outcomes, Map<String, Integer> byStatus, int withoutAcceptedAction,
                              int overdue) {
    /** The status key of outcomes without a recorded status. */
    public static final String NOT_RECORDED = "not-recorded";

    public OutcomeOverview {
        byStatus = Collections.unmodifiableMap(new LinkedHashMap<>(byStatus));
    }
}
