package io.followthrough.confluence.store;

import static io.followthrough.confluence.store.OutcomeExamples.CREATED;
import static io.followthrough.confluence.store.OutcomeExamples.after;
import static io.followthrough.confluence.store.OutcomeExamples.created;
import static io.followthrough.confluence.store.OutcomeExamples.planned;
import static io.followthrough.confluence.store.OutcomeExamples.statusSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.followthrough.core.commitment.Presence;
import io.followthrough.core.outcome.Outcome;
import io.followthrough.core.outcome.OutcomeEvent;
import io.followthrough.core.outcome.OutcomeStatus;
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

/** What the outcome store must do on every database Confluence runs it on; one test class per database. */
abstract class AoOutcomeStoreContract {

    private static final String OUTCOME_TABLE = "AO_5033A6_OUTCOME";
    private static final String EVENT_TABLE = "AO_5033A6_OUTCOME_EVENT";
    private static final int MAX_NAME_LENGTH = 30;
    private static final long PAGE = 2001;
    private static final long OTHER_PAGE = 2002;

    @TempDir
    Path dataDir;

    HostDatabase database;
    StatementCounter counter;
    AoOutcomeStore store;
    AoTransactions transactions;

    abstract HostDatabase openDatabase(Path dataDir);

    @BeforeEach
    void openDatabaseWithTables() {
        database = openDatabase(dataDir);
        counter = new StatementCounter(database.dataSource());
        HostActiveObjects ao = new HostActiveObjects(counter.dataSource(), database.kind(), AoActionItemStoreContract.NAMESPACE);
        ao.upgrade(List.of(new Upgrade01CreateTables(), new Upgrade02CreateOutcomeTables()), AoActionItem.class,
                AoItemEvent.class, AoOutcome.class, AoOutcomeEvent.class, AoPurpose.class);
        store = new AoOutcomeStore(ao);
        transactions = new AoTransactions(ao);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void anOutcomeReadsBackWithEveryFieldExactlyAsCreated() {
        Outcome outcome = new Outcome(0, PAGE, "5f1c2f6e-a5b1-4b0a-9c39-1d2e3f4a5b6c", "TEAM",
                "Zoë's launch | \"quoted\" 日本 ✓ \uD83D\uDE80", Optional.of("owner-1"), Optional.of(LocalDate.of(2027, 1, 31)),
                "m".repeat(255), OutcomeStatus.OFF_TRACK, 7, Presence.REMOVED, CREATED,
                Instant.parse("2026-12-01T00:00:00.000000001Z"));

        Outcome stored = store.create(outcome, created(outcome));

        assertThat(stored.id()).isPositive();
        assertThat(store.byId(stored.id())).contains(stored);
        assertThat(stored).isEqualTo(withId(outcome, stored.id()));
    }

    @Test
    void anOutcomeWithoutOptionalValuesReadsBackWithoutThem() {
        Outcome outcome = new Outcome(0, PAGE, "m-1", "DEV", "Bare", Optional.empty(), Optional.empty(), "",
                OutcomeStatus.PLANNED, 1, Presence.LIVE, CREATED, CREATED);

        Outcome stored = store.create(outcome, created(outcome));

        assertThat(store.byId(stored.id())).contains(withId(outcome, stored.id()));
    }

    @Test
    void eventsReadBackWithEveryFieldExactlyAsRecorded() {
        Outcome outcome = create(planned(PAGE, "m-1"));
        OutcomeEvent renamed = new OutcomeEvent(outcome.id(), 2, Instant.parse("2026-11-23T10:00:00.5Z"), Optional.empty(),
                OutcomeEvent.Kind.RETITLED, OutcomeStatus.PLANNED, OutcomeStatus.PLANNED, "", "Old | title\n", "日本語 ✓ \\u007C");
        OutcomeEvent atRisk = new OutcomeEvent(outcome.id(), 3, Instant.parse("2026-11-23T10:00:01Z"), Optional.of("owner-m-1"),
                OutcomeEvent.Kind.STATUS_SET, OutcomeStatus.PLANNED, OutcomeStatus.AT_RISK, "a note\nover two lines, ß " + "n".repeat(480),
                "", "");
        Outcome next = new Outcome(outcome.id(), PAGE, "m-1", "DEV", "日本語 ✓ \\u007C", outcome.ownerKey(), outcome.due(),
                outcome.measure(), OutcomeStatus.AT_RISK, 3, Presence.LIVE, CREATED, atRisk.at());

        store.record(next, List.of(renamed, atRisk));

        assertThat(store.history(outcome.id())).containsExactly(created(outcome), renamed, atRisk);
        assertThat(store.byId(outcome.id())).contains(next);
    }

    @Test
    void byPageReturnsEveryOutcomeOfThePageWhateverItsPresence() {
        Outcome live = create(planned(PAGE, "live"));
        Outcome removed = create(withPresence(planned(PAGE, "removed"), Presence.REMOVED));
        Outcome trashed = create(withPresence(planned(PAGE, "trashed"), Presence.PAGE_TRASHED));
        create(planned(OTHER_PAGE, "elsewhere"));

        assertThat(store.byPage(PAGE)).containsExactly(live, removed, trashed);
        assertThat(store.byPage(9999)).isEmpty();
    }

    @Test
    void historiesOfAPageAreGroupedByOutcomeOldestEventFirst() {
        Outcome first = create(planned(PAGE, "first"));
        Outcome second = create(planned(PAGE, "second"));
        OutcomeEvent firstOnTrack = statusSet(first, "owner-first", OutcomeStatus.ON_TRACK);
        store.record(after(first, List.of(firstOnTrack)), List.of(firstOnTrack));
        OutcomeEvent secondAtRisk = statusSet(second, "owner-second", OutcomeStatus.AT_RISK);
        Outcome secondNow = after(second, List.of(secondAtRisk));
        store.record(secondNow, List.of(secondAtRisk));
        OutcomeEvent secondAchieved = statusSet(secondNow, "owner-second", OutcomeStatus.ACHIEVED);
        store.record(after(secondNow, List.of(secondAchieved)), List.of(secondAchieved));
        create(planned(OTHER_PAGE, "elsewhere"));

        Map<Long, List<OutcomeEvent>> histories = store.historiesOfPage(PAGE);

        assertThat(histories).containsOnlyKeys(first.id(), second.id());
        assertThat(histories.get(first.id())).containsExactly(created(first), firstOnTrack);
        assertThat(histories.get(second.id())).containsExactly(created(second), secondAtRisk, secondAchieved);
        assertThat(store.history(second.id())).isEqualTo(histories.get(second.id()));
    }

    @Test
    void ofTwoUpdatesAgainstTheSameVersionOnlyTheFirstIsRecorded() {
        Outcome outcome = create(planned(PAGE, "m-1"));
        OutcomeEvent onTrack = statusSet(outcome, "owner-m-1", OutcomeStatus.ON_TRACK);
        OutcomeEvent atRisk = statusSet(outcome, "sponsor", OutcomeStatus.AT_RISK);
        store.record(after(outcome, List.of(onTrack)), List.of(onTrack));

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            store.record(after(outcome, List.of(atRisk)), List.of(atRisk));
            return null;
        })).isInstanceOf(ConcurrentMoveException.class).hasMessage("outcome " + outcome.id() + " was changed by another move");

        assertThat(store.byId(outcome.id())).contains(after(outcome, List.of(onTrack)));
        assertThat(store.history(outcome.id())).containsExactly(created(outcome), onTrack);
    }

    @Test
    void manyUpdatesRacingOnOneOutcomeFromSeparateTransactionsRecordExactlyOne() throws Exception {
        Outcome outcome = create(planned(PAGE, "m-1"));
        int racers = 20;
        CyclicBarrier start = new CyclicBarrier(racers);
        ExecutorService threads = Executors.newFixedThreadPool(racers);
        List<CompletableFuture<String>> results = new ArrayList<>();
        try {
            for (int i = 0; i < racers; i++) {
                OutcomeEvent update = statusSet(outcome, "racer-" + i, OutcomeStatus.ON_TRACK);
                results.add(CompletableFuture.supplyAsync(() -> race(start, outcome, update), threads));
            }
            CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }

        assertThat(results).extracting(CompletableFuture::join).filteredOn("recorded"::equals).hasSize(1);
        assertThat(results).extracting(CompletableFuture::join).filteredOn("concurrent"::equals).hasSize(racers - 1);
        assertThat(store.history(outcome.id())).hasSize(2);
        assertThat(store.byId(outcome.id())).hasValueSatisfying(now -> assertThat(now.version()).isEqualTo(2));
    }

    @Test
    void eventsThatDoNotLeadToTheOutcomesVersionAreRefused() {
        Outcome outcome = create(planned(PAGE, "m-1"));
        OutcomeEvent onTrack = statusSet(outcome, "owner-m-1", OutcomeStatus.ON_TRACK);

        assertThatThrownBy(() -> store.record(outcome, List.of(onTrack))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.record(outcome, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.history(outcome.id())).containsExactly(created(outcome));
    }

    @Test
    void aMacroIsStoredOncePerPage() {
        create(planned(PAGE, "m-1"));

        assertThatThrownBy(() -> create(planned(PAGE, "m-1")))
                .satisfies(failure -> assertThat(AoColumns.isConstraintViolation(failure)).isTrue());
        create(planned(OTHER_PAGE, "m-1"));

        assertThat(store.byPage(PAGE)).hasSize(1);
        assertThat(store.byPage(OTHER_PAGE)).hasSize(1);
    }

    @Test
    void deletingAPageDeletesItsOutcomesAndTheirHistoriesOnly() {
        Outcome gone = create(planned(PAGE, "m-1"));
        OutcomeEvent onTrack = statusSet(gone, "owner-m-1", OutcomeStatus.ON_TRACK);
        store.record(after(gone, List.of(onTrack)), List.of(onTrack));
        Outcome kept = create(planned(OTHER_PAGE, "m-1"));

        transactions.inTransaction(() -> {
            store.deleteByPage(PAGE);
            return null;
        });

        assertThat(store.byPage(PAGE)).isEmpty();
        assertThat(store.byId(gone.id())).isEmpty();
        assertThat(store.history(gone.id())).isEmpty();
        assertThat(store.byPage(OTHER_PAGE)).containsExactly(kept);
        assertThat(store.history(kept.id())).containsExactly(created(kept));
    }

    @Test
    void movingAPageCarriesItsOutcomesAndAStaleUpdateKeepsTheNewSpace() {
        Outcome read = create(planned(PAGE, "m-1"));
        create(planned(PAGE, "m-2"));
        Outcome elsewhere = create(planned(OTHER_PAGE, "m-1"));

        store.moveToSpace(PAGE, "NEW");
        OutcomeEvent onTrack = statusSet(read, "owner-m-1", OutcomeStatus.ON_TRACK);
        store.record(after(read, List.of(onTrack)), List.of(onTrack));

        assertThat(store.byPage(PAGE)).extracting(Outcome::spaceKey).containsExactly("NEW", "NEW");
        assertThat(store.byPage(OTHER_PAGE)).containsExactly(elsewhere);
    }

    @Test
    void unknownOutcomesHaveNeitherStateNorHistory() {
        assertThat(store.byId(42)).isEmpty();
        assertThat(store.byId(Long.MAX_VALUE)).isEmpty();
        assertThat(store.history(42)).isEmpty();
        assertThat(store.historiesOfPage(PAGE)).isEmpty();
    }

    @Test
    void tableAndColumnNamesFitConfluencesThirtyCharacterLimit() throws SQLException {
        for (String table : List.of(OUTCOME_TABLE, EVENT_TABLE)) {
            List<String> columns = StoreDatabases.columns(database, table);
            assertThat(table).hasSizeLessThanOrEqualTo(MAX_NAME_LENGTH);
            assertThat(columns).isNotEmpty().allSatisfy(column -> assertThat(column).hasSizeLessThanOrEqualTo(MAX_NAME_LENGTH));
        }
        assertThat(StoreDatabases.columns(database, EVENT_TABLE)).contains("OUTCOME_SEQ", "PAGE_ID", "BEFORE_VALUE");
        assertThat(StoreDatabases.columns(database, OUTCOME_TABLE)).contains("PAGE_MACRO", "OUTCOME_STATUS", "TITLE");
    }

    @Test
    void readingAPageCostsTheSameStatementsForOneOutcomeAsForTwoHundred() {
        create(planned(PAGE, "only"));
        transactions.inTransaction(() -> {
            for (int i = 0; i < 200; i++) {
                Outcome outcome = store.create(planned(OTHER_PAGE, "m-" + i), created(planned(OTHER_PAGE, "m-" + i)));
                OutcomeEvent onTrack = statusSet(outcome, "owner-m-" + i, OutcomeStatus.ON_TRACK);
                store.record(after(outcome, List.of(onTrack)), List.of(onTrack));
            }
            return null;
        });

        long forOne = counter.countDuring(() -> readPage(PAGE, 1));
        long forTwoHundred = counter.countDuring(() -> readPage(OTHER_PAGE, 200));

        assertThat(forOne).isEqualTo(2);
        assertThat(forTwoHundred).isEqualTo(forOne);
    }

    @Test
    void creatingAnOutcomeAndRecordingUpdatesCostAFewStatementsNotOnePerColumn() {
        Outcome[] outcome = new Outcome[1];
        long creating = counter.countDuring(() -> outcome[0] = store.create(planned(PAGE, "m-1"), created(planned(PAGE, "m-1"))));
        Outcome o = outcome[0];
        List<OutcomeEvent> events = List.of(
                new OutcomeEvent(o.id(), 2, CREATED, Optional.empty(), OutcomeEvent.Kind.RETITLED, o.status(), o.status(), "", "a", "b"),
                new OutcomeEvent(o.id(), 3, CREATED, Optional.empty(), OutcomeEvent.Kind.DUE_CHANGED, o.status(), o.status(), "",
                        "", "2027-01-01"),
                new OutcomeEvent(o.id(), 4, CREATED, Optional.empty(), OutcomeEvent.Kind.MEASURE_CHANGED, o.status(), o.status(),
                        "", "", "more"));
        long recording = counter.countDuring(() -> store.record(after(o, events), events));

        assertThat(creating).as("two inserts with their keys").isLessThanOrEqualTo(4);
        // PostgreSQL takes the events in one batch; HSQLDB's driver inserts them one by one, each with its key.
        assertThat(recording).as("read, the events' inserts, update").isLessThanOrEqualTo(2 + 2L * events.size());
    }

    private void readPage(long pageId, int outcomes) {
        assertThat(store.byPage(pageId)).hasSize(outcomes);
        assertThat(store.historiesOfPage(pageId)).hasSize(outcomes);
    }

    private String race(CyclicBarrier start, Outcome outcome, OutcomeEvent update) {
        try {
            start.await(30, TimeUnit.SECONDS);
            transactions.inTransaction(() -> {
                store.record(after(outcome, List.of(update)), List.of(update));
                return null;
            });
            return "recorded";
        } catch (ConcurrentMoveException raced) {
            return "concurrent";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Outcome create(Outcome outcome) {
        return transactions.inTransaction(() -> store.create(outcome, created(outcome)));
    }

    private static Outcome withId(Outcome o, long id) {
        return new Outcome(id, o.pageId(), o.macroId(), o.spaceKey(), o.title(), o.ownerKey(), o.due(), o.measure(), o.status(),
                o.version(), o.presence(), o.createdAt(), o.statusSince());
    }

    private static Outcome withPresence(Outcome o, Presence presence) {
        return new Outcome(o.id(), o.pageId(), o.macroId(), o.spaceKey(), o.title(), o.ownerKey(), o.due(), o.measure(),
                o.status(), o.version(), presence, o.createdAt(), o.statusSince());
    }
}
