package io.followthrough.core.report;

import io.followthrough.core.commitment.State;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** A requester and an owner who share items: those on their page by state, and how many were removed from it. */
public record PairCounts(String requesterKey, String ownerKey, Map<State, Integer> liveByState, int removed) {
    public PairCounts {
        liveByState = Collections.unmodifiableMap(liveByState.isEmpty() ? new EnumMap<>(State.class) : new EnumMap<>(liveByState));
    }

    /** The states with a count, from counts indexed by state ordinal (entries after the states are ignored). */
    static Map<State, Integer> byState(int[] byOrdinal) {
        Map<State, Integer> counts = new EnumMap<>(State.class);
        for (State state : State.values()) {
            if (byOrdinal[state.ordinal()] != 0) {
                counts.put(state, byOrdinal[state.ordinal()]);
            }
        }
        return counts;
    }

    // A loop, not a stream: the report asks this of every pair of a big space several times.
    public int live() {
        int live = 0;
        for (int n : liveByState.values()) {
            live += n;
        }
        return live;
    }
}
