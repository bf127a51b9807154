package io.followthrough.confluence.store;

import static io.followthrough.confluence.store.ActionItemExamples.CREATED;
import static io.followthrough.confluence.store.ActionItemExamples.accept;
import static io.followthrough.confluence.store.ActionItemExamples.after;
import static io.followthrough.confluence.store.ActionItemExamples.created;
import static io.followthrough.confluence.store.ActionItemExamples.request;
import static io.followthrough.confluence.store.ActionItemExamples.withPresence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.commitment.ItemEvent;
import io.followthrough.core.commitment.Kind;
import io.followthrough.core.commitment.Move;
import io.followthrough.core.commitment.Presence;
import io.followthrough.core.commitment.State;
import io.followthrough.core.commitment.Terms;
import io.followthrough.core.commitment.TermsChange;
import io.followthrough.core.port.ConcurrentMoveException;
import io.followthrough.devhost.ao.HostActiveObjects;
import io.followthrough.devhost.db.HostDatabase;
import io.followthrough.devhost.db.StatementCounter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the action item store must do on every database Confluence runs it on; one test class per database. */
abstract class AoActionItemStoreContract {

    static final String NAMESPACE = "io.followthrough";
    private static final String ITEM_TABLE = "AO_5033A6_ACTION_ITEM";
    private static final String EVENT_TABLE = "AO_5033A6_ITEM_EVENT";
    private static final int MAX_NAME_LENGTH = 30;
    private static final long PAGE = 1001;
    private static final long OTHER_PAGE = 1002;

    @TempDir
    Path dataDir;

    HostDatabase database;
    StatementCounter counter;
    AoActionItemStore store;
    AoTransactions transactions;
    HostActiveObjects activeObjects;

    abstract HostDatabase openDatabase(Path dataDir);

    @BeforeEach
    void openDatabaseWithTables() {
        database = openDatabase(dataDir);
        counter = new StatementCounter(database.dataSource());
        activeObjects = new HostActiveObjects(counter.dataSource(), database.kind(), NAMESPACE);
        StoreDatabases.upgradeToNewest(activeObjects);
        store = new AoActionItemStore(activeObjects, java.time.Clock.systemDefaultZone());
        transactions = new AoTransactions(activeObjects);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void anItemReadsBackWithEveryFieldExactlyAsCreated() {
        Terms terms = new Terms("owner-1", "requester-1", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                excerptOf450Characters(), Optional.of(LocalDate.of(2027, 1, 31)));
        ActionItem item = new ActionItem(0, PAGE, "5f1c2f6e-a5b1-4b0a-9c39-1d2e3f4a5b6c", "TEAM", Kind.OFFER, terms,
                Optional.of("Zoë's outcome | with \"quotes\""), State.COUNTERED, 7, 3, Optional.of(LocalDate.of(2027, 1, 15)),
                Optional.of(LocalDate.of(2027, 2, 28)), Presence.REMOVED, CREATED, Instant.parse("2026-12-01T00:00:00.000000001Z"));

        ActionItem stored = store.create(item, created(item));

        assertThat(stored.id()).isPositive();
        assertThat(store.byId(stored.id())).contains(withId(item, stored.id()));
    }

    @Test
    void anItemWithoutOptionalValuesReadsBackWithoutThem() {
        ActionItem item = new ActionItem(0, PAGE, "m-1", "DEV", Kind.REQUEST, new Terms("owner", "requester", "", "", Optional.empty()),
                Optional.empty(), State.REQUESTED, 1, 1, Optional.empty(), Optional.empty(), Presence.LIVE, CREATED, CREATED);

        ActionItem stored = store.create(item, created(item));

        assertThat(store.byId(stored.id())).contains(withId(item, stored.id()));
    }

    @Test
    void anEventReadsBackWithEveryFieldExactlyAsRecorded() {
        ActionItem item = store.create(request(PAGE, "m-1"), created(request(PAGE, "m-1")));
        List<TermsChange> changes = List.of(
                new TermsChange(TermsChange.Field.OWNER, "old-owner", "new-owner"),
                new TermsChange(TermsChange.Field.DUE, "2026-12-01", ""),
                new TermsChange(TermsChange.Field.BODY, "a|b\\c\nd\u0000e \\u007C", "日本語 ✓ \uD83D\uDE80 |"));
        ItemEvent event = new ItemEvent(item.id(), 2, Instant.parse("2026-11-23T10:00:00.5Z"), Optional.of("owner-m-1"),
                Move.TERMS_CHANGED, State.ACCEPTED, State.REQUESTED, "a note\nover two lines, ß", 2,
                Optional.of(LocalDate.of(2027, 3, 1)), changes);

        store.record(after(item, event), event);

        assertThat(store.history(item.id())).containsExactly(created(item), event);
    }

    @Test
    void byPageReturnsEveryItemOfThePageWhateverItsPresence() {
        ActionItem live = create(request(PAGE, "live"));
        ActionItem removed = create(withPresence(request(PAGE, "removed"), Presence.REMOVED));
        ActionItem trashed = create(withPresence(request(PAGE, "trashed"), Presence.PAGE_TRASHED));
        create(request(OTHER_PAGE, "elsewhere"));

        assertThat(store.byPage(PAGE)).containsExactly(live, removed, trashed);
        assertThat(store.byPage(9999)).isEmpty();
    }

    @Test
    void historiesOfAPageAreGroupedByItemOldestEventFirst() {
        ActionItem first = create(request(PAGE, "first"));
        ActionItem second = create(request(PAGE, "second"));
        ItemEvent firstAccepted = accept(first, "owner-first");
        store.record(after(first, firstAccepted), firstAccepted);
        ItemEvent secondAccepted = accept(second, "owner-second");
        ActionItem secondNow = after(second, secondAccepted);
        store.record(secondNow, secondAccepted);
        ItemEvent secondDone = new ItemEvent(second.id(), 3, secondNow.stateSince().plusSeconds(60), Optional.of("owner-second"),
                Move.MARK_DONE, State.ACCEPTED, State.DONE, "shipped", 1, Optional.empty(), List.of());
        store.record(after(secondNow, secondDone), secondDone);
        create(request(OTHER_PAGE, "elsewhere"));

        Map<Long, List<ItemEvent>> histories = store.historiesOfPage(PAGE);

        assertThat(histories).containsOnlyKeys(first.id(), second.id());
        assertThat(histories.get(first.id())).containsExactly(created(first), firstAccepted);
        assertThat(histories.get(second.id())).containsExactly(created(second), secondAccepted, secondDone);
        assertThat(store.history(second.id())).isEqualTo(histories.get(second.id()));
    }

    @Test
    void recordingAMoveSavesTheNewVersionAndAppendsTheEvent() {
        ActionItem item = create(request(PAGE, "m-1"));
        ItemEvent accepted = accept(item, "owner-m-1");
        ActionItem next = after(item, accepted);

        store.record(next, accepted);

        assertThat(store.byId(item.id())).contains(next);
        assertThat(next.version()).isEqualTo(2);
        assertThat(next.agreedDue()).isEqualTo(item.terms().due());
        assertThat(store.history(item.id())).containsExactly(created(item), accepted);
    }

    @Test
    void recordingChangedTermsSavesThem() {
        ActionItem item = create(request(PAGE, "m-1"));
        Terms changed = new Terms("new-owner", "new-requester", "new-hash", "New text", Optional.of(LocalDate.of(2027, 6, 30)));
        ActionItem next = new ActionItem(item.id(), PAGE, "m-1", "DEV", Kind.OFFER, changed, Optional.empty(), State.OFFERED, 2, 2,
                Optional.empty(), Optional.empty(), Presence.LIVE, CREATED, CREATED.plusSeconds(1));
        ItemEvent event = new ItemEvent(item.id(), 2, CREATED.plusSeconds(1), Optional.empty(), Move.OWNER_CHANGED,
                State.REQUESTED, State.OFFERED, "", 2, changed.due(), item.terms().changesTo(changed));

        store.record(next, event);

        assertThat(store.byId(item.id())).contains(next);
    }

    @Test
    void ofTwoMovesAgainstTheSameVersionOnlyTheFirstIsRecorded() {
        ActionItem item = create(request(PAGE, "m-1"));
        ItemEvent accepted = accept(item, "owner-m-1");
        ItemEvent withdrawn = new ItemEvent(item.id(), 2, CREATED.plusSeconds(5), Optional.of("requester-m-1"), Move.WITHDRAW,
                State.REQUESTED, State.WITHDRAWN, "not needed", 1, Optional.empty(), List.of());
        store.record(after(item, accepted), accepted);

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            store.record(after(item, withdrawn), withdrawn);
            return null;
        })).isInstanceOf(ConcurrentMoveException.class).hasMessage("item " + item.id() + " was changed by another move");

        assertThat(store.byId(item.id())).contains(after(item, accepted));
        assertThat(store.history(item.id())).containsExactly(created(item), accepted);
    }

    @Test
    void manyMovesRacingOnOneItemFromSeparateTransactionsRecordExactlyOne() throws Exception {
        ActionItem item = create(request(PAGE, "m-1"));
        int racers = 20;
        CyclicBarrier start = new CyclicBarrier(racers);
        ExecutorService threads = Executors.newFixedThreadPool(racers);
        List<CompletableFuture<String>> results = new ArrayList<>();
        try {
            for (int i = 0; i < racers; i++) {
                ItemEvent move = accept(item, "racer-" + i);
                results.add(CompletableFuture.supplyAsync(() -> race(start, item, move), threads));
            }
            CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }

        assertThat(results).extracting(CompletableFuture::join).filteredOn("recorded"::equals).hasSize(1);
        assertThat(results).extracting(CompletableFuture::join).filteredOn("concurrent"::equals).hasSize(racers - 1);
        assertThat(store.history(item.id())).hasSize(2);
        assertThat(store.byId(item.id())).hasValueSatisfying(now -> assertThat(now.version()).isEqualTo(2));
    }

    @Test
    void aFailureOtherThanARaceIsNotReportedAsOne() {
        ActionItem item = create(request(PAGE, "m-1"));
        ItemEvent tooLongActor = accept(item, "x".repeat(300));

        assertThatThrownBy(() -> store.record(after(item, tooLongActor), tooLongActor))
                .isNotInstanceOf(ConcurrentMoveException.class)
                .isInstanceOf(RuntimeException.class);
        assertThat(store.history(item.id())).containsExactly(created(item));
    }

    @Test
    void anEventForAnotherItemOrVersionIsRefused() {
        ActionItem item = create(request(PAGE, "m-1"));
        ItemEvent accepted = accept(item, "owner-m-1");

        assertThatThrownBy(() -> store.record(item, accepted)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.history(item.id())).containsExactly(created(item));
    }

    @Test
    void aMacroIsStoredOncePerPage() {
        create(request(PAGE, "m-1"));

        assertThatThrownBy(() -> create(request(PAGE, "m-1"))).satisfies(failure -> assertThat(sqlStates(failure)).anyMatch(
                state -> state.startsWith("23")));
        create(request(OTHER_PAGE, "m-1"));

        assertThat(store.byPage(PAGE)).hasSize(1);
        assertThat(store.byPage(OTHER_PAGE)).hasSize(1);
    }

    @Test
    void deletingAPageDeletesItsItemsAndTheirHistoriesOnly() {
        ActionItem gone = create(request(PAGE, "m-1"));
        ItemEvent accepted = accept(gone, "owner-m-1");
        store.record(after(gone, accepted), accepted);
        ActionItem kept = create(request(OTHER_PAGE, "m-1"));

        transactions.inTransaction(() -> {
            store.deleteByPage(PAGE);
            return null;
        });

        assertThat(store.byPage(PAGE)).isEmpty();
        assertThat(store.byId(gone.id())).isEmpty();
        assertThat(store.history(gone.id())).isEmpty();
        assertThat(store.historiesOfPage(PAGE)).isEmpty();
        assertThat(store.byPage(OTHER_PAGE)).containsExactly(kept);
        assertThat(store.history(kept.id())).containsExactly(created(kept));
    }

    @Test
    void movingAPageToAnotherSpaceMovesAllItsItems() {
        create(request(PAGE, "m-1"));
        create(request(PAGE, "m-2"));
        ActionItem elsewhere = create(request(OTHER_PAGE, "m-1"));

        store.moveToSpace(PAGE, "NEW");

        assertThat(store.byPage(PAGE)).extracting(ActionItem::spaceKey).containsExactly("NEW", "NEW");
        assertThat(store.byPage(OTHER_PAGE)).containsExactly(elsewhere);
    }

    @Test
    void relinkingChangesTheOutcomeWithoutAMove() {
        ActionItem item = create(request(PAGE, "m-1"));

        store.relink(item.id(), Optional.of("Launch"));
        assertThat(store.byId(item.id())).hasValueSatisfying(now -> {
            assertThat(now.outcome()).contains("Launch");
            assertThat(now.version()).isEqualTo(item.version());
        });

        store.relink(item.id(), Optional.empty());
        assertThat(store.byId(item.id())).contains(item);
        assertThat(store.history(item.id())).containsExactly(created(item));
    }

    @Test
    void aMoveMadeOnAStaleReadKeepsTheNewerSpaceAndOutcome() {
        ActionItem read = create(request(PAGE, "m-1"));
        store.moveToSpace(PAGE, "NEW");
        store.relink(read.id(), Optional.of("Launch"));
        ItemEvent accepted = accept(read, "owner-m-1");

        store.record(after(read, accepted), accepted);

        assertThat(store.byId(read.id())).hasValueSatisfying(now -> {
            assertThat(now.spaceKey()).isEqualTo("NEW");
            assertThat(now.outcome()).contains("Launch");
            assertThat(now.state()).isEqualTo(State.ACCEPTED);
        });
    }

    @Test
    void unknownItemsHaveNeitherStateNorHistory() {
        assertThat(store.byId(42)).isEmpty();
        assertThat(store.byId(Long.MAX_VALUE)).isEmpty();
        assertThat(store.history(42)).isEmpty();
        assertThat(store.historiesOfPage(PAGE)).isEmpty();
    }

    @Test
    void tableAndColumnNamesFitConfluencesThirtyCharacterLimit() throws SQLException {
        for (String table : List.of(ITEM_TABLE, EVENT_TABLE)) {
            List<String> columns = StoreDatabases.columns(database, table);
            assertThat(table).hasSizeLessThanOrEqualTo(MAX_NAME_LENGTH);
            assertThat(columns).isNotEmpty().allSatisfy(column -> assertThat(column).hasSizeLessThanOrEqualTo(MAX_NAME_LENGTH));
        }
        assertThat(StoreDatabases.columns(database, EVENT_TABLE)).contains("ITEM_SEQ", "PAGE_ID", "CHANGES");
        assertThat(StoreDatabases.columns(database, ITEM_TABLE)).contains("PAGE_MACRO", "ITEM_STATE");
    }

    @Test
    void readingAPageCostsTheSameStatementsForOneItemAsForTwoHundred() {
        create(request(PAGE, "only"));
        transactions.inTransaction(() -> {
            for (int i = 0; i < 200; i++) {
                ActionItem item = store.create(request(OTHER_PAGE, "m-" + i), created(request(OTHER_PAGE, "m-" + i)));
                ItemEvent accepted = accept(item, "owner-m-" + i);
                store.record(after(item, accepted), accepted);
            }
            return null;
        });

        long forOne = counter.countDuring(() -> readPage(PAGE, 1));
        long forTwoHundred = counter.countDuring(() -> readPage(OTHER_PAGE, 200));

        assertThat(forOne).isEqualTo(2);
        assertThat(forTwoHundred).isEqualTo(forOne);
    }

    @Test
    void creatingAnItemAndRecordingAMoveCostAFewStatementsNotOnePerColumn() {
        ActionItem[] item = new ActionItem[1];
        int tallyRows = tallyRows();
        long creating = counter.countDuring(() -> item[0] = store.create(request(PAGE, "m-1"), created(request(PAGE, "m-1"))));
        int createdKeys = tallyRows() - tallyRows;
        ItemEvent accepted = accept(item[0], "owner-m-1");
        long recording = counter.countDuring(() -> store.record(after(item[0], accepted), accepted));
        int changedKeys = tallyRows() - tallyRows - createdKeys;

        assertThat(createdKeys).as("the new item's keys in the space tally: totals, pair, due day, day created").isEqualTo(4);
        assertThat(changedKeys).as("the keys the acceptance changed, each taken out and put in").isPositive();
        assertThat(creating).as("two inserts with their keys, one batch of tally rows")
                .isLessThanOrEqualTo(4 + tallyBatch(createdKeys));
        assertThat(recording).as("read, insert with its key, read the history for the metrics, update, one batch of tally rows")
                .isLessThanOrEqualTo(5 + tallyBatch(changedKeys));
    }

    /**
     * Active Objects sends a batch of rows as one statement, except on HSQLDB, where it inserts them
     * one by one and reads each one's key.
     */
    private long tallyBatch(int rows) {
        return database.kind() == HostDatabase.Kind.HSQLDB ? 2L * rows : 1;
    }

    private int tallyRows() {
        return activeObjects.count(AoTallyCount.class);
    }

    private void readPage(long pageId, int items) {
        assertThat(store.byPage(pageId)).hasSize(items);
        assertThat(store.historiesOfPage(pageId)).hasSize(items);
    }

    private String race(CyclicBarrier start, ActionItem item, ItemEvent move) {
        try {
            start.await(30, TimeUnit.SECONDS);
            transactions.inTransaction(() -> {
                store.record(after(item, move), move);
                return null;
            });
            return "recorded";
        } catch (ConcurrentMoveException raced) {
            return "concurrent";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ActionItem create(ActionItem item) {
        return transactions.inTransaction(() -> store.create(item, created(item)));
    }

    private static ActionItem withId(ActionItem item, long id) {
        return new ActionItem(id, item.pageId(), item.macroId(), item.spaceKey(), item.kind(), item.terms(), item.outcome(),
                item.state(), item.version(), item.termsVersion(), item.agreedDue(), item.counterDue(), item.presence(),
                item.createdAt(), item.stateSince());
    }

    private static String excerptOf450Characters() {
        String start = "Prepare the release notes: Zoë ✓ 日本 — \"quoted\" <b>not markup</b>\n";
        return start + "x".repeat(450 - start.length());
    }

    private static List<String> sqlStates(Throwable failure) {
        List<String> states = new ArrayList<>();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                states.add(sql.getSQLState());
            }
        }
        return states;
    }
}
