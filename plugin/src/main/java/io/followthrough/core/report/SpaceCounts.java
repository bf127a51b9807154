package io.followthrough.core.report;

import java.util.List;

/** The figures of a scope that add up: headline totals, weekly series, pairs and items per outcome. */
public record SpaceCounts(SpaceTotals totals, WeeklyCounts weeks, List<PairCounts> pairs, List<OutcomeActions> outcomeActions) {
    public SpaceCounts {
        pairs = List.copyOf(pairs);
        outcomeActions = List.copyOf(outcomeActions);
    }
}
