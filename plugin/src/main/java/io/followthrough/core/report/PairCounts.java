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

    public int live() {
        return liveByState.values().stream().mapToInt(Integer::intValue).sum();
    }
}
