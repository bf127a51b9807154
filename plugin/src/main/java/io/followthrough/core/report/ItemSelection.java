package io.followthrough.core.report;

import io.followthrough.core.commitment.State;
import java.time.LocalDate;
import java.util.List;
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

    /**
     * How many items match, added up from the requester x owner counts the report has already read,
     * when the filters are only states, people and removed items; empty when the list needs its own
     * count (a due window, a page or an outcome, or states among removed items).
     */
    public Optional<Integer> countFrom(List<PairCounts> pairs) {
        if (due != DueWindow.ANY || pageId.isPresent() || outcome.isPresent() || (includeRemoved && !states.isEmpty())) {
            return Optional.empty();
        }
        int count = 0;
        for (PairCounts pair : pairs) {
            if (ownerKey.map(pair.ownerKey()::equals).orElse(true)
                    && requesterKey.map(pair.requesterKey()::equals).orElse(true)) {
                count += states.isEmpty() ? pair.live()
                        : states.stream().mapToInt(state -> pair.liveByState().getOrDefault(state, 0)).sum();
                count += includeRemoved ? pair.removed() : 0;
            }
        }
        return Optional.of(count);
    }
}
