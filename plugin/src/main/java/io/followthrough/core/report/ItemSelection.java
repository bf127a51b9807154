package io.followthrough.core.report;

import io.followthrough.core.commitment.State;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Which items a list shows: every filter must match. Items removed from their page are shown only
 * when asked for; due windows are judged against {@code today}.
 *
 * @param states the states to show; empty shows every state
 */
public record ItemSelection(Set<State> states, Optional<String> ownerKey, Optional<String> requesterKey, DueWindow due,
                            Optional<Long> pageId, Optional<String> outcome, boolean includeRemoved, LocalDate today) {
    /** States in which the work is still owed: not delivered, declined or cancelled. */
    public static final Set<State> OWED = Set.of(State.REQUESTED, State.OFFERED, State.COUNTERED, State.ACCEPTED);
    /** States in which someone must still answer. */
    public static final Set<State> AWAITING_ANSWER = Set.of(State.REQUESTED, State.OFFERED, State.COUNTERED);

    public ItemSelection {
        states = Set.copyOf(states);
    }

    /** The filters of a report query. */
    public static ItemSelection of(ReportQuery query, LocalDate today) {
        return new ItemSelection(query.states(), query.ownerKey(), query.requesterKey(), query.due(), query.pageId(),
                query.outcome(), query.includeRemoved(), today);
    }

    /** Items on their page in the given states. */
    public static ItemSelection inStates(Set<State> states, LocalDate today) {
        return new ItemSelection(states, Optional.empty(), Optional.empty(), DueWindow.ANY, Optional.empty(),
                Optional.empty(), false, today);
    }
}
