package io.followthrough.core.report;

import java.util.List;
import java.util.Map;

/** The figures of a scope that add up: headline totals, weekly series, pairs, items per outcome and how durations spread. */
public record SpaceCounts(SpaceTotals totals, WeeklyCounts weeks, List<PairCounts> pairs, List<OutcomeActions> outcomeActions,
                          Map<DurationMetric, DurationSpread> spreads) {
    public SpaceCounts {
        pairs = List.copyOf(pairs);
        outcomeActions = List.copyOf(outcomeActions);
        spreads = Map.copyOf(spreads);
    }

    /** How a duration spreads over its buckets; none when no item has it. */
    public DurationSpread spread(DurationMetric metric) {
        return spreads.getOrDefault(metric, DurationSpread.none());
    }
}
