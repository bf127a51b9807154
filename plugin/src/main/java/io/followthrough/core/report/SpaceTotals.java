package io.followthrough.core.report;

import io.followthrough.core.commitment.State;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The one-row figures of a scope. Items on their page (live) are counted by state; history figures
 * cover removed items too, from each item's {@link ItemMetrics}.
 *
 * @param items           every item counted, removed ones included
 * @param answered        items answered at least once: the base of the decline and renegotiation rates
 * @param timesToAnswer   items with a time to answer
 */
public record SpaceTotals(Map<State, Integer> liveByState, int overdue, int satisfiedLast30Days,
                          int satisfiedLast90Days, int items, Rate onTimeOriginal, Rate onTimeLast, int answered,
                          int declined, int renegotiated, int timesToAnswer, int timesToAcknowledge) {
    public SpaceTotals {
        liveByState = Collections.unmodifiableMap(liveByState.isEmpty() ? new EnumMap<>(State.class) : new EnumMap<>(liveByState));
    }

    public int live(State state) {
        return liveByState.getOrDefault(state, 0);
    }
}
