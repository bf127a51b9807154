package io.followthrough.core.report;

import io.followthrough.core.commitment.State;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What one owner owes one requester: their items by state. An empty key stands for everyone the
 * matrix does not show by name, whose items the cell adds up.
 */
public record MatrixCell(Optional<String> requesterKey, Optional<String> ownerKey, Map<State, Integer> byState) {
    public MatrixCell {
        byState = Collections.unmodifiableMap(byState.isEmpty() ? new EnumMap<>(State.class) : new EnumMap<>(byState));
    }

    /** Items still open: to answer, to deliver or to acknowledge. */
    public int open() {
        return byState.entrySet().stream().filter(e -> e.getKey().isOpen()).mapToInt(Map.Entry::getValue).sum();
    }

    public int total() {
        return byState.values().stream().mapToInt(Integer::intValue).sum();
    }
}
