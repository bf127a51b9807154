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

    // A loop, not a stream: the report asks this of every pair of a big space several times.
    public int live() {
        int live = 0;
        for (int n : liveByState.values()) {
            live += n;
        }
        return live;
    }
}
