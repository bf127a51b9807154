package io.followthrough.core.outcome;

import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.commitment.Presence;
import io.followthrough.core.commitment.State;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the action items that deliver an outcome add up to. An item delivers the outcome whose
 * title its {@code outcome} parameter names, as long as it is on the page.
 *
 * @param byState how many linked items are in each state, in state order; states without items are left out
 * @param overdue linked items past their due date and not delivered
 * @param nextDue the earliest date, today or later, by which a linked item is still to be delivered
 * @param backed  some linked item was accepted: its owner promised it, or has delivered it
 * @param allDone every linked item still wanted is delivered (Done or Satisfied), and there is one at least
 */
public record OutcomeRollup(int total, Map<State, Integer> byState, int overdue, Optional<LocalDate> nextDue,
                            boolean backed, boolean allDone) {

    public OutcomeRollup {
        Map<State, Integer> inOrder = new EnumMap<>(State.class);
        inOrder.putAll(byState);
        byState = Collections.unmodifiableMap(inOrder);
        nextDue = nextDue == null ? Optional.empty() : nextDue;
    }

    /** The roll-up of the page's items that name this outcome's title. */
    public static OutcomeRollup of(String title, Collection<ActionItem> pageItems, LocalDate today) {
        List<ActionItem> linked = pageItems.stream()
                .filter(item -> item.presence() == Presence.LIVE && item.outcome().filter(title::equals).isPresent())
                .toList();
        Map<State, Integer> byState = new EnumMap<>(State.class);
        linked.forEach(item -> byState.merge(item.state(), 1, Integer::sum));
        int overdue = (int) linked.stream().filter(item -> item.isOverdue(today)).count();
        Optional<LocalDate> nextDue = linked.stream().filter(item -> isUndelivered(item.state()))
                .flatMap(item -> item.effectiveDue().stream()).filter(due -> !due.isBefore(today)).min(LocalDate::compareTo);
        boolean backed = linked.stream().anyMatch(item -> isPromisedOrDelivered(item.state()));
        List<ActionItem> wanted = linked.stream().filter(item -> !isDropped(item.state())).toList();
        boolean allDone = !wanted.isEmpty() && wanted.stream().allMatch(item -> isDelivered(item.state()));
        return new OutcomeRollup(linked.size(), byState, overdue, nextDue, backed, allDone);
    }

    /** No accepted action item backs an outcome that is still to be reached: nobody has promised the work. */
    public boolean isUnbacked(OutcomeStatus status) {
        return !backed && !status.isClosed();
    }

    private static boolean isUndelivered(State state) {
        return state == State.REQUESTED || state == State.OFFERED || state == State.COUNTERED || state == State.ACCEPTED;
    }

    private static boolean isDelivered(State state) {
        return state == State.DONE || state == State.SATISFIED;
    }

    private static boolean isPromisedOrDelivered(State state) {
        return state.isPromised() || isDelivered(state);
    }

    /** Declined, withdrawn, released or cancelled: nobody owes it any more. */
    private static boolean isDropped(State state) {
        return state.isClosed() && state != State.SATISFIED;
    }
}
