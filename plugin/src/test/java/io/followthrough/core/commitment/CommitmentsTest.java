package io.followthrough.core.commitment;

import static io.followthrough.core.commitment.CommitmentRulesTest.COUNTER_DATE;
import static io.followthrough.core.commitment.CommitmentRulesTest.DUE;
import static io.followthrough.core.commitment.CommitmentRulesTest.NOW;
import static io.followthrough.core.commitment.CommitmentRulesTest.OWNER;
import static io.followthrough.core.commitment.CommitmentRulesTest.REQUESTER;
import static org.assertj.core.api.Assertions.assertThat;

import io.followthrough.core.commitment.MoveOutcome.Applied;
import io.followthrough.core.commitment.MoveOutcome.Reason;
import io.followthrough.core.commitment.MoveOutcome.Rejected;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommitmentsTest {
    private final InMemoryActionItemStore store = new InMemoryActionItemStore();
    private final Commitments commitments = new Commitments(store, store, Clock.fixed(NOW, ZoneOffset.UTC));

    private ActionItem stored(State state) {
        return store.create(CommitmentRulesTest.itemIn(state), new ItemEvent(0, 1, NOW, Optional.empty(), Move.CREATED,
                state, state, "", 1, Optional.empty(), List.of()));
    }

    private MoveOutcome move(ActionItem item, Move move, String actor, String note, LocalDate date, int version) {
        return commitments.move(new MoveRequest(item.id(), move, actor, note, Optional.ofNullable(date), version));
    }

    private static Rejected rejected(MoveOutcome outcome) {
        assertThat(outcome).isInstanceOf(Rejected.class);
        return (Rejected) outcome;
    }

    @Test
    void acceptingAgreesToThePageDueDate() {
        Applied applied = (Applied) move(stored(State.REQUESTED), Move.ACCEPT, OWNER, "", null, 1);

        assertThat(applied.item().agreedDue()).contains(DUE);
        assertThat(applied.event().date()).contains(DUE);
        assertThat(applied.item().stateSince()).isEqualTo(NOW);
    }

    @Test
    void anAcceptedCounterMakesItsDateTheAgreedDate() {
        ActionItem item = stored(State.REQUESTED);
        Applied countered = (Applied) move(item, Move.COUNTER, OWNER, "", COUNTER_DATE, 1);
        assertThat(countered.item().counterDue()).contains(COUNTER_DATE);

        Applied accepted = (Applied) move(item, Move.ACCEPT_COUNTER, REQUESTER, "", null, 2);

        assertThat(accepted.item().state()).isEqualTo(State.ACCEPTED);
        assertThat(accepted.item().agreedDue()).contains(COUNTER_DATE);
        assertThat(accepted.item().counterDue()).isEmpty();
        assertThat(accepted.item().effectiveDue()).contains(COUNTER_DATE);
    }

    @Test
    void aRejectedCounterGoesBackToRequestedWithoutItsDate() {
        ActionItem item = stored(State.COUNTERED);

        Applied rejected = (Applied) move(item, Move.REJECT_COUNTER, REQUESTER, "no, we need it earlier", null, 1);

        assertThat(rejected.item().state()).isEqualTo(State.REQUESTED);
        assertThat(rejected.item().counterDue()).isEmpty();
    }

    @Test
    void negativeMovesNeedAReason() {
        for (Move negative : List.of(Move.DECLINE, Move.WITHDRAW)) {
            Rejected r = rejected(move(stored(State.REQUESTED), negative,
                    negative == Move.DECLINE ? OWNER : REQUESTER, "  ", null, 1));
            assertThat(r.reason()).isEqualTo(Reason.INVALID);
            assertThat(r.field()).isEqualTo("note");
        }
        assertThat(rejected(move(stored(State.ACCEPTED), Move.RELEASE, OWNER, "", null, 1)).field()).isEqualTo("note");
        assertThat(rejected(move(stored(State.DONE), Move.REOPEN, REQUESTER, "", null, 1)).field()).isEqualTo("note");
        assertThat(rejected(move(stored(State.DONE), Move.CANCEL, REQUESTER, "", null, 1)).field()).isEqualTo("note");
    }

    @Test
    void aCounterNeedsADateOrANote() {
        assertThat(rejected(move(stored(State.REQUESTED), Move.COUNTER, OWNER, "", null, 1)).field()).isEqualTo("due");
        assertThat(move(stored(State.REQUESTED), Move.COUNTER, OWNER, "only mornings", null, 1)).isInstanceOf(Applied.class);
    }

    @Test
    void markingDoneNeedsNoNoteButKeepsOne() {
        Applied done = (Applied) move(stored(State.ACCEPTED), Move.MARK_DONE, OWNER, "see the report", null, 1);

        assertThat(done.event().note()).isEqualTo("see the report");
    }

    @Test
    void aCommentNeedsTextAndLeavesTheStateAlone() {
        ActionItem item = stored(State.ACCEPTED);

        assertThat(rejected(move(item, Move.COMMENT, "k-anyone", "", null, 1)).field()).isEqualTo("note");
        Applied comment = (Applied) move(item, Move.COMMENT, "k-anyone", "Looks good", null, 1);
        assertThat(comment.item().state()).isEqualTo(State.ACCEPTED);
        assertThat(comment.item().stateSince()).isEqualTo(item.stateSince());
        assertThat(comment.item().version()).isEqualTo(2);
    }

    @Test
    void overlongNotesAreRefused() {
        Rejected r = rejected(move(stored(State.REQUESTED), Move.DECLINE, OWNER, "x".repeat(Commitments.MAX_NOTE + 1), null, 1));

        assertThat(r.reason()).isEqualTo(Reason.INVALID);
        assertThat(r.field()).isEqualTo("note");
    }

    @Test
    void aMoveAgainstAnOldVersionIsStaleAndCarriesTheCurrentItem() {
        ActionItem item = stored(State.REQUESTED);
        move(item, Move.ACCEPT, OWNER, "", null, 1);

        Rejected stale = rejected(move(item, Move.ACCEPT, OWNER, "", null, 1));

        assertThat(stale.reason()).isEqualTo(Reason.STALE);
        assertThat(stale.current()).get().extracting(ActionItem::state).isEqualTo(State.ACCEPTED);
        assertThat(store.history(item.id())).extracting(ItemEvent::move).containsExactly(Move.CREATED, Move.ACCEPT);
    }

    @Test
    void aMoveThatLosesTheRaceInTheStoreIsStale() {
        ActionItem item = stored(State.REQUESTED);
        store.record(item.next(State.ACCEPTED, NOW), new ItemEvent(item.id(), 2, NOW, Optional.of(OWNER), Move.ACCEPT,
                State.REQUESTED, State.ACCEPTED, "", 1, Optional.empty(), List.of()));
        Rejected r = rejected(new Commitments(new RacingStore(store, item), store, Clock.fixed(NOW, ZoneOffset.UTC))
                .move(new MoveRequest(item.id(), Move.DECLINE, OWNER, "busy", Optional.empty(), 1)));

        assertThat(r.reason()).isEqualTo(Reason.STALE);
        assertThat(r.current()).get().extracting(ActionItem::state).isEqualTo(State.ACCEPTED);
    }

    @Test
    void systemMovesCannotBeMadeByPeople() {
        assertThat(rejected(move(stored(State.REQUESTED), Move.TERMS_CHANGED, OWNER, "", null, 1)).reason())
                .isEqualTo(Reason.INVALID);
        assertThat(Move.personMove("terms-changed")).isEmpty();
        assertThat(Move.personMove("accept-counter")).contains(Move.ACCEPT_COUNTER);
    }

    @Test
    void itemsRemovedFromTheirPageTakeNoMovesAndTrashedOnesAreNotFound() {
        ActionItem item = stored(State.REQUESTED);
        store.record(item.withPresence(Presence.REMOVED).next(State.REQUESTED, NOW), new ItemEvent(item.id(), 2, NOW,
                Optional.empty(), Move.REMOVED, State.REQUESTED, State.REQUESTED, "", 1, Optional.empty(), List.of()));
        assertThat(rejected(move(item, Move.ACCEPT, OWNER, "", null, 2)).reason()).isEqualTo(Reason.NOT_ALLOWED);

        ActionItem trashed = stored(State.REQUESTED);
        store.record(trashed.withPresence(Presence.PAGE_TRASHED).next(State.REQUESTED, NOW), new ItemEvent(trashed.id(), 2,
                NOW, Optional.empty(), Move.PAGE_TRASHED, State.REQUESTED, State.REQUESTED, "", 1, Optional.empty(), List.of()));
        assertThat(rejected(move(trashed, Move.ACCEPT, OWNER, "", null, 2)).reason()).isEqualTo(Reason.NO_ITEM);
        assertThat(rejected(commitments.move(new MoveRequest(999, Move.ACCEPT, OWNER, "", Optional.empty(), 1))).reason())
                .isEqualTo(Reason.NO_ITEM);
    }

    @Test
    void eachPartySeesOnlyTheirOwnMovesAsButtons() {
        ActionItem requested = stored(State.REQUESTED);

        assertThat(Commitments.availableMoves(requested, OWNER))
                .containsExactly(Move.ACCEPT, Move.DECLINE, Move.COUNTER, Move.COMMENT);
        assertThat(Commitments.availableMoves(requested, REQUESTER)).containsExactly(Move.WITHDRAW, Move.COMMENT);
        assertThat(Commitments.availableMoves(requested, "k-someone")).containsExactly(Move.COMMENT);
        assertThat(Commitments.availableMoves(requested, null)).as("anonymous viewers are read-only").isEmpty();
        assertThat(Commitments.availableMoves(stored(State.DONE), OWNER)).containsExactly(Move.COMMENT);
    }

    @Test
    void whoOwesWhatIsDerivedFromStateAndDates() {
        LocalDate today = DUE.plusDays(1);

        assertThat(stored(State.ACCEPTED).isOverdue(today)).isTrue();
        assertThat(stored(State.REQUESTED).isOverdue(today)).isTrue();
        assertThat(stored(State.ACCEPTED).isOverdue(DUE)).as("due today is not overdue").isFalse();
        assertThat(stored(State.DONE).isOverdue(today)).isFalse();
        assertThat(stored(State.SATISFIED).isOverdue(today)).isFalse();
        assertThat(stored(State.DECLINED).isOverdue(today)).isFalse();
        assertThat(stored(State.DONE).isAwaitingAcknowledgement()).isTrue();
        assertThat(stored(State.COUNTERED).isAwaitingAnswer()).isTrue();
        assertThat(stored(State.ACCEPTED).isAwaitingAnswer()).isFalse();
    }

    /** Answers reads with the item as it was, as a second node would after the first one's commit. */
    private static final class RacingStore extends InMemoryActionItemStore {
        private final InMemoryActionItemStore real;
        private final ActionItem seenBefore;
        private boolean firstRead = true;

        RacingStore(InMemoryActionItemStore real, ActionItem seenBefore) {
            this.real = real;
            this.seenBefore = seenBefore;
        }

        @Override
        public Optional<ActionItem> byId(long id) {
            if (firstRead) {
                firstRead = false;
                return Optional.of(seenBefore);
            }
            return real.byId(id);
        }

        @Override
        public void record(ActionItem updated, ItemEvent event) {
            real.record(updated, event);
        }
    }
}
