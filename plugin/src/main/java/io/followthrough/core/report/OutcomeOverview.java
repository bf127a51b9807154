package io.followthrough.core.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The space's expected outcomes: each with its derived status, how many there are per recorded
 * status ({@link #NOT_RECORDED} for none), and how many lack an accepted action or are overdue.
 */
public record OutcomeOverview(List<OutcomeStatus> outcomes, Map<String, Integer> byStatus) {
    /** The status key of outcomes without a recorded status. */
    public static final String NOT_RECORDED = "not-recorded";

    public OutcomeOverview {
        outcomes = List.copyOf(outcomes);
        byStatus = Collections.unmodifiableMap(new LinkedHashMap<>(byStatus));
    }

    public List<OutcomeStatus> withoutAcceptedAction() {
        return outcomes.stream().filter(OutcomeStatus::withoutAcceptedAction).toList();
    }

    public List<OutcomeStatus> overdue() {
        return outcomes.stream().filter(OutcomeStatus::overdue).toList();
    }
}
