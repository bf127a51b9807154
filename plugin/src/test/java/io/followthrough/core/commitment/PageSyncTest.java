package io.followthrough.core.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import io.followthrough.core.commitment.TermsChange.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageSyncTest {
    private static final long PAGE = 42;
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private final InMemoryActionItemStore store = new InMemoryActionItemStore();
    private final PageSync sync = new PageSync(store, store, Clock.fixed(NOW, ZoneOffset.UTC));
    private final Commitments commitments = new Commitments(store, store, Clock.fixed(NOW, ZoneOffset.UTC));

    private static ActionOnPage macro(String id, String owner, String requester, String due, String bodyHash) {
        return new ActionOnPage(id, Kind.REQUEST, owner, Optional.ofNullable(requester), bodyHash, "Excerpt " + bodyHash,
                Optional.ofNullable(due).map(LocalDate::parse), Optional.empty());
    }

    private ActionItem only() {
        assertThat(store.byPage(PAGE)).hasSize(1);
        return store.byPage(PAGE).get(0);
    }

    private List<Move> moves(ActionItem item) {
        return store.history(item.id()).stream().map(ItemEvent::move).toList();
    }

    private void accept(ActionItem item) {
        commitments.move(new MoveRequest(item.id(), Move.ACCEPT, item.terms().ownerKey(), "", Optional.empty(), item.version()));
    }

    @Test
    void aNewMacroBecomesARequestFromThePageVersionsAuthor() {
        sync.pageSaved(PAGE, "DEMO", "k-author", List.of(macro("m1", "k-bob", null, "2026-12-01", "h1")));

        ActionItem item = only();
        assertThat(item.state()).isEqualTo(State.REQUESTED);
        assertThat(item.terms().requesterKey()).isEqualTo("k-author");
        assertThat(item.terms().ownerKey()).isEqualTo("k-bob");
        assertThat(item.spaceKey()).isEqualTo("DEMO");
        assertThat(moves(item)).containsExactly(Move.CREATED);
    }

    @Test
    void anOfferStartsOffered() {
        sync.pageSaved(PAGE, "DEMO", "k-author", List.of(new ActionOnPage("m1", Kind.OFFER, "k-bob", Optional.empty(),
                "h", "x", Optional.empty(), Optional.empty())));

        assertThat(only().state()).isEqualTo(State.OFFERED);
    }

    @Test
    void savingTheSameBodyAgainRecordsNothing() {
        List<ActionOnPage> body = List.of(macro("m1", "k-bob", "k-alice", "2026-12-01", "h1"));
        sync.pageSaved(PAGE, "DEMO", "k-alice", body);
        sync.pageSaved(PAGE, "DEMO", "k-carol", body);

        assertThat(moves(only())).containsExactly(Move.CREATED);
        assertThat(only().terms().requesterKey()).as("a later editor does not become the requester").isEqualTo("k-alice");
    }

    @Test
    void aLaterEditorDoesNotBecomeTheRequesterOfAnItemWithoutOne() {
        sync.pageSaved(PAGE, "DEMO", "k-alice", List.of(macro("m1", "k-bob", null, null, "h1")));
        sync.pageSaved(PAGE, "DEMO", "k-carol", List.of(macro("m1", "k-bob", null, null, "h1")));

        assertThat(only().terms().requesterKey()).isEqualTo("k-alice");
        assertThat(moves(only())).containsExactly(Move.CREATED);
    }

    @Test
    void changedTermsOfAnAcceptedItemMustBeAcceptedAgainAndShowOldAndNew() {
        sync.pageSaved(PAGE, "DEMO", "k-alice", List.of(macro("m1", "k-bob", "k-alice", "2026-12-01", "h1")));
        accept(only());

        sync.pageSaved(PAGE, "DEMO", "k-alice", List.of(macro("m1", "k-bob", "k-alice", "2026-12-08", "h1")));

        ActionItem item = only();
        assertThat(item.state()).isEqualTo(State.REQUESTED);
        assertThat(item.termsVersion()).isEqualTo(2);
        assertThat(item.agreedDue()).isEmpty();
        ItemEvent changed = store.history(item.id()).get(2);
        assertThat(changed.move()).isEqualTo(Move.TERMS_CHANGED);
        assertThat(changed.from()).isEqualTo(State.ACCEPTED);
        assertThat(changed.changes()).containsExactly(new TermsChange(Field.DUE, "2026-12-01", "2026-12-08"));
    }

    @Test
    void changedTermsOfAnOpenRequestAreRecordedWithoutChangingState() {
        sync.pageSaved(PAGE, "DEMO", "k-alice", List.of(macro("m1", "k-bob", "k-alice", null, "h1")));
        sync.pageSaved(PAGE, "DEMO", "k-alice", List.of(macro("m1", "k-bob", "k-alice", null, "h2")));

        assertThat(only().state()).isEqualTo(State.REQUESTED);
        assertThat(store.history(only().id()).get(1).changes()).extracting(TermsChange::field).containsExactly(Field.BODY);
    }

    @Test
    void changedTermsOfAnAnsweredOrDeliveredItemReturnItToRequested() {
        for (State state : List.of(State.DONE, State.COUNTERED, State.SATISFIED, State.DECLINED, State.CANCELLED)) {
            InMemoryActionItemStore fresh = new InMemoryActionItemStore();
            ActionItem item = fresh.create(new ActionItem(0, PAGE, "m1", "DEMO", Kind.REQUEST,
                    new Terms("k-bob", "k-alice", "h1", "x", Optional.empty()), Optional.empty(), state, 1, 1,
                    Optional.empty(), Optional.empty(), Presence.LIVE, NOW, NOW),
                    new ItemEvent(0, 1, NOW, Optional.empty(), Move.CREATED, state, state, "", 1, Optional.empty(), List.of()));
            new PageSync(fresh, fresh, Clock.fixed(NOW, ZoneOffset.UTC)).pageSaved(PAGE, "DEMO", "k-alice",
                    List.of(macro("m1", "k-bob", "k-alice", null, "h2")));

            assertThat(fresh.byId(item.id()).orElseThrow().state()).as("from " + state).isEqualTo(State.REQUESTED);
        }
    }

    @Test
    void aNewOwnerGetsANewRequestAndThePreviousPromiseIsReleasedByReassignment() {
        sync.pageSaved(PAGE, "DEMO", "k-alice", List.of(macro("m1", "k-bob", "k-alice", null, "h1")));
        accept(only());

        sync.pageSaved(PAGE, "DEMO", "k-alice", List.of(macro("m1", "k-carol", "k-alice", null, "h1")));

        ItemEvent reassigned = store.history(only().id()).get(2);
        assertThat(only().state()).isEqualTo(State.REQUESTED);
        assertThat(only().terms().ownerKey()).isEqualTo("k-carol");
        assertThat(reassigned.move()).isEqualTo(Move.OWNER_CHANGED);
        assertThat(reassigned.note()).isEqualTo("released by reassignment");
        assertThat(reassigned.changes()).contains(new TermsChange(Field.OWNER, "k-bob", "k-carol"));
    }

    @Test
    void aMacroThatLeavesThePageIsArchivedWithItsHistoryAndComesBackWithIt() {
        sync.pageSaved(PAGE, "DEMO", "k-alice", List.of(macro("m1", "k-bob", "k-alice", null, "h1")));
        accept(only());

        sync.pageSaved(PAGE, "DEMO", "k-alice", List.of());
        assertThat(only().presence()).isEqualTo(Presence.REMOVED);
        assertThat(only().state()).isEqualTo(State.ACCEPTED);

        sync.pageSaved(PAGE, "DEMO", "k-alice", List.of(macro("m1", "k-bob", "k-alice", null, "h1")));
        assertThat(only().presence()).isEqualTo(Presence.LIVE);
        assertThat(moves(only())).containsExactly(Move.CREATED, Move.ACCEPT, Move.REMOVED, Move.REAPPEARED);
    }

    @Test
    void trashHidesRestoreBringsBackPurgeDeletes() {
        sync.pageSaved(PAGE, "DEMO", "k-alice", List.of(macro("m1", "k-bob", "k-alice", null, "h1")));

        sync.pageTrashed(PAGE);
        assertThat(only().presence()).isEqualTo(Presence.PAGE_TRASHED);
        sync.pageRestored(PAGE);
        assertThat(only().presence()).isEqualTo(Presence.LIVE);
        sync.pageMoved(PAGE, "OTHER");
        assertThat(only().spaceKey()).isEqualTo("OTHER");
        sync.pagePurged(PAGE);
        assertThat(store.byPage(PAGE)).isEmpty();
    }

    @Test
    void aRepeatedMacroIdOnOnePageMakesOneItem() {
        sync.pageSaved(PAGE, "DEMO", "k-alice", List.of(macro("m1", "k-bob", null, null, "h1"),
                macro("m1", "k-carol", null, null, "h2")));

        assertThat(only().terms().ownerKey()).isEqualTo("k-bob");
    }

    @Test
    void aPersonsMoveRecordedDuringTheSyncIsKeptAndTheSyncAppliesOnTopOfIt() {
        sync.pageSaved(PAGE, "DEMO", "k-alice", List.of(macro("m1", "k-bob", "k-alice", "2026-12-01", "h1")));
        ActionItem before = only();
        // Bob accepts between the sync's read of the page items and its write.
        InMemoryActionItemStore racing = new InMemoryActionItemStore() {
            private boolean raced;

            @Override
            public List<ActionItem> byPage(long pageId) {
                List<ActionItem> items = store.byPage(pageId);
                if (!raced) {
                    raced = true;
                    commitments.move(new MoveRequest(before.id(), Move.ACCEPT, "k-bob", "", Optional.empty(), 1));
                }
                return items;
            }

            @Override
            public Optional<ActionItem> byId(long id) {
                return store.byId(id);
            }

            @Override
            public void record(ActionItem updated, ItemEvent event) {
                store.record(updated, event);
            }
        };

        new PageSync(racing, store, Clock.fixed(NOW, ZoneOffset.UTC))
                .pageSaved(PAGE, "DEMO", "k-alice", List.of(macro("m1", "k-bob", "k-alice", "2026-12-09", "h1")));

        assertThat(moves(only())).containsExactly(Move.CREATED, Move.ACCEPT, Move.TERMS_CHANGED);
        assertThat(store.history(only().id()).get(2).from()).isEqualTo(State.ACCEPTED);
        assertThat(only().state()).isEqualTo(State.REQUESTED);
    }
}
