package io.followthrough.core.report;

import java.util.List;

/** The purposes and expected outcomes of a space's pages. */
public record SpaceGoals(List<PurposeSummary> purposes, List<OutcomeSummary> outcomes) {
    public SpaceGoals {
        purposes = List.copyOf(purposes);
        outcomes = List.copyOf(outcomes);
    }

    public static SpaceGoals none() {
        return new SpaceGoals(List.of(), List.of());
    }
}
