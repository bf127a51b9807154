package io.followthrough.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.commitment.Kind;
import io.followthrough.core.commitment.Presence;
import io.followthrough.core.commitment.State;
import io.followthrough.core.commitment.Terms;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The roll-up of an outcome's action items, on a fixed day. */
class OutcomeRollupTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.now(CLOCK);
    private static final String LAUNCH = "Launch";

    private static ActionItem item(String outcome, State state, LocalDate due, Presence presence) {
        return new ActionItem(1, 7, "m", "DEMO", Kind.REQUEST, new Terms("k-owner", "k-req", "h", "x", Optional.ofNullable(due)),
                Optional.ofNullable(outcome), state, 1, 1, Optional.empty(), Optional.empty(), presence, CLOCK.instant(),
                CLOCK.instant());
    }

    private static ActionItem item(State state, LocalDate due) {
        return item(LAUNCH, state, due, Presence.LIVE);
    }

    @Test
    void countsTheLinkedItemsByStateInStateOrder() {
        OutcomeRollup rollup = OutcomeRollup.of(LAUNCH, List.of(item(State.ACCEPTED, null), item(State.REQUESTED, null),
                item(State.ACCEPTED, null), item(State.DONE, null)), TODAY);

        assertThat(rollup.total()).isEqualTo(4);
        assertThat(rollup.byState()).containsExactly(Map.entry(State.REQUESTED, 1), Map.entry(State.ACCEPTED, 2),
                Map.entry(State.DONE, 1));
    }

    @Test
    void itemsOfOtherOutcomesWithoutOutcomeOrOffThePageDoNotCount() {
        OutcomeRollup rollup = OutcomeRollup.of(LAUNCH, List.of(item("Other", State.ACCEPTED, null, Presence.LIVE),
                item(null, State.ACCEPTED, null, Presence.LIVE), item(LAUNCH, State.ACCEPTED, null, Presence.REMOVED),
                item(LAUNCH, State.ACCEPTED, null, Presence.PAGE_TRASHED)), TODAY);

        assertThat(rollup.total()).isZero();
        assertThat(rollup.byState()).isEmpty();
        assertThat(rollup.backed()).isFalse();
        assertThat(rollup.allDone()).isFalse();
        assertThat(rollup.nextDue()).isEmpty();
    }

    @Test
    void overdueItemsAreCountedAndTheNextDueDateIsTheEarliestStillAhead() {
        OutcomeRollup rollup = OutcomeRollup.of(LAUNCH, List.of(
                item(State.ACCEPTED, TODAY.minusDays(2)),
                item(State.REQUESTED, TODAY.plusDays(9)),
                item(State.ACCEPTED, TODAY),
                item(State.DONE, TODAY.plusDays(1)),
                item(State.DECLINED, TODAY.plusDays(1))), TODAY);

        assertThat(rollup.overdue()).isEqualTo(1);
        assertThat(rollup.nextDue()).as("due today is not yet late and is next").contains(TODAY);
    }

    @Test
    void anAgreedCounterDateCountsInsteadOfThePagesDate() {
        ActionItem countered = new ActionItem(1, 7, "m", "DEMO", Kind.REQUEST,
                new Terms("k-owner", "k-req", "h", "x", Optional.of(TODAY.minusDays(1))), Optional.of(LAUNCH), State.ACCEPTED,
                3, 1, Optional.of(TODAY.plusDays(5)), Optional.empty(), Presence.LIVE, CLOCK.instant(), CLOCK.instant());

        OutcomeRollup rollup = OutcomeRollup.of(LAUNCH, List.of(countered), TODAY);

        assertThat(rollup.overdue()).isZero();
        assertThat(rollup.nextDue()).contains(TODAY.plusDays(5));
    }

    @Test
    void onlyAnAcceptedOrDeliveredItemBacksTheOutcome() {
        for (State state : State.values()) {
            boolean backed = OutcomeRollup.of(LAUNCH, List.of(item(state, null)), TODAY).backed();
            boolean expected = state == State.ACCEPTED || state == State.DONE || state == State.SATISFIED;
            assertThat(backed).as(state.name()).isEqualTo(expected);
        }
    }

    @Test
    void anUnbackedOutcomeIsOneStillToBeReached() {
        OutcomeRollup requestedOnly = OutcomeRollup.of(LAUNCH, List.of(item(State.REQUESTED, null)), TODAY);

        assertThat(requestedOnly.isUnbacked(OutcomeStatus.ON_TRACK)).isTrue();
        assertThat(requestedOnly.isUnbacked(OutcomeStatus.ACHIEVED)).isFalse();
        assertThat(requestedOnly.isUnbacked(OutcomeStatus.DROPPED)).isFalse();
        assertThat(OutcomeRollup.of(LAUNCH, List.of(item(State.ACCEPTED, null)), TODAY).isUnbacked(OutcomeStatus.PLANNED))
                .isFalse();
    }

    @Test
    void allDoneWhenEveryItemStillWantedIsDelivered() {
        assertThat(OutcomeRollup.of(LAUNCH, List.of(item(State.DONE, null), item(State.SATISFIED, null),
                item(State.DECLINED, null), item(State.CANCELLED, null)), TODAY).allDone()).isTrue();
        assertThat(OutcomeRollup.of(LAUNCH, List.of(item(State.DONE, null), item(State.ACCEPTED, null)), TODAY).allDone())
                .isFalse();
        assertThat(OutcomeRollup.of(LAUNCH, List.of(item(State.WITHDRAWN, null)), TODAY).allDone())
                .as("nothing wanted is nothing done").isFalse();
    }
}
