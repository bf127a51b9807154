package io.followthrough.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.followthrough.core.commitment.State;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ItemSelectionTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 10, 15);
    private static final List<PairCounts> PAIRS = List.of(
            new PairCounts("ann", "ben", Map.of(State.REQUESTED, 2, State.ACCEPTED, 3), 1),
            new PairCounts("ann", "cat", Map.of(State.ACCEPTED, 4), 0),
            new PairCounts("dan", "ben", Map.of(State.DONE, 5), 2));

    @Test
    void statesPeopleAndRemovedItemsAreAddedUpFromThePairs() {
        assertThat(selection(Set.of(), Optional.empty(), Optional.empty(), false).countFrom(PAIRS)).contains(14);
        assertThat(selection(Set.of(), Optional.empty(), Optional.empty(), true).countFrom(PAIRS)).contains(17);
        assertThat(selection(Set.of(State.ACCEPTED), Optional.of("ben"), Optional.empty(), false).countFrom(PAIRS)).contains(3);
        assertThat(selection(Set.of(), Optional.of("ben"), Optional.of("dan"), true).countFrom(PAIRS)).contains(7);
    }

    @Test
    void filtersThePairsCannotAnswerNeedTheListsOwnCount() {
        ItemSelection removedInStates = selection(Set.of(State.DONE), Optional.empty(), Optional.empty(), true);
        ItemSelection overdue = new ItemSelection(Set.of(), Optional.empty(), Optional.empty(), DueWindow.OVERDUE,
                Optional.empty(), Optional.empty(), false, TODAY);
        ItemSelection onePage = new ItemSelection(Set.of(), Optional.empty(), Optional.empty(), DueWindow.ANY,
                Optional.of(7L), Optional.empty(), false, TODAY);
        ItemSelection oneOutcome = new ItemSelection(Set.of(), Optional.empty(), Optional.empty(), DueWindow.ANY,
                Optional.empty(), Optional.of("Launch"), false, TODAY);

        for (ItemSelection selection : List.of(removedInStates, overdue, onePage, oneOutcome)) {
            assertThat(selection.countFrom(PAIRS)).as(selection.toString()).isEmpty();
        }
    }

    private static ItemSelection selection(Set<State> states, Optional<String> owner, Optional<String> requester,
                                           boolean includeRemoved) {
        return new ItemSelection(states, owner, requester, DueWindow.ANY, Optional.empty(), Optional.empty(),
                includeRemoved, TODAY);
    }
}
