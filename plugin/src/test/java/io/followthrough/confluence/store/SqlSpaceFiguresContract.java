package io.followthrough.confluence.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.commitment.Commitments;
import io.followthrough.core.commitment.ItemEvent;
import io.followthrough.core.commitment.Kind;
import io.followthrough.core.commitment.Move;
import io.followthrough.core.commitment.MoveRequest;
import io.followthrough.core.commitment.Presence;
import io.followthrough.core.commitment.Role;
import io.followthrough.core.commitment.State;
import io.followthrough.core.commitment.Terms;
import io.followthrough.core.commitment.Transitions;
import io.followthrough.core.commitment.Transitions.Needs;
import io.followthrough.core.commitment.Transitions.Rule;
import io.followthrough.core.report.DueWindow;
import io.followthrough.core.report.DurationMetric;
import io.followthrough.core.report.DurationSpread;
import io.followthrough.core.report.InMemorySpaceFigures;
import io.followthrough.core.report.ItemOrder;
import io.followthrough.core.report.ItemSelection;
import io.followthrough.core.report.PageScope;
import io.followthrough.core.report.PairCounts;
import io.followthrough.core.report.SortKey;
import io.followthrough.core.report.SpaceCounts;
import io.followthrough.core.report.SpaceTally.Facet;
import io.followthrough.core.report.SpaceTotals;
import io.followthrough.core.report.TotalsRequest;
import io.followthrough.core.report.WeeklyCounts;
import io.followthrough.devhost.ao.HostActiveObjects;
import io.followthrough.devhost.db.HostDatabase;
import io.followthrough.devhost.db.HostTransactionalExecutorFactory;
import io.followthrough.devhost.db.StatementCounter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database's report figures against the plain item-by-item computation, on a space whose items
 * went through random real moves (accepted, countered, delivered, reopened, removed…) on a clock
 * that steps through three months, with pages hidden from the viewer. Every figure, list, sort and
 * filter must agree, and each answer must be one statement whatever the number of items.
 */
abstract class SqlSpaceFiguresContract {
    /** Half an hour off UTC, so that counting by day in the server's zone is tested. */
    private static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");
    private static final Instant START = Instant.parse("2026-08-01T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 10, 15);
    private static final List<String> PEOPLE = List.of("ann", "ben", "cat", "dan", "eve");
    private static final Set<Move> FORWARD = EnumSet.of(Move.ACCEPT, Move.ACCEPT_OFFER, Move.ACCEPT_COUNTER, Move.MARK_DONE,
            Move.ACKNOWLEDGE);

    @TempDir
    Path dataDir;

    HostDatabase database;
    StatementCounter counter;
    HostActiveObjects ao;
    AoActionItemStore store;
    SqlSpaceFigures figures;
    final Map<Long, ActionItem> items = new HashMap<>();

    abstract HostDatabase openDatabase(Path dataDir);

    @BeforeEach
    void openDatabaseWithTables() {
        database = openDatabase(dataDir);
        counter = new StatementCounter(database.dataSource());
        ao = new HostActiveObjects(counter.dataSource(), database.kind(), AoActionItemStoreContract.NAMESPACE);
        StoreDatabases.upgradeToNewest(ao);
        store = new AoActionItemStore(ao, Clock.system(ZONE));
        figures = new SqlSpaceFigures(new HostTransactionalExecutorFactory(counter.dataSource()), Clock.system(ZONE));
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    /** Medians whose middle lies past the first bucket: read from a bucket's start, skipping some values. */
    private int middlesAfterTheFirstBucket;

    @Test
    void everyFigureListSortAndFilterMatchesTheItemByItemComputation() {
        randomSpace(160, 7);
        InMemorySpaceFigures reference = reference();

        // Fewer hidden pages than visible ones: figures that add up are the space's less the hidden pages' share.
        everyFigureMatches(reference, Set.of(1L, 2L, 3L, 5L, 6L, 8L, 9L, 10L, 11L));
        // Fewer visible pages: rows are tested against the visible pages.
        everyFigureMatches(reference, Set.of(2L, 5L, 9L, 11L));
        // Nothing hidden.
        everyFigureMatches(reference, LongStream.rangeClosed(1, 12).boxed().collect(Collectors.toSet()));
        assertThat(middlesAfterTheFirstBucket).as("medians read from a later bucket than the shortest value's").isPositive();
    }

    private void everyFigureMatches(InMemorySpaceFigures reference, Set<Long> viewable) {
        PageScope scope = figures.scope("DEV", viewable);
        PageScope expectedScope = reference.scope("DEV", viewable);

        assertThat(scope).isEqualTo(expectedScope);
        TotalsRequest request = request();
        SpaceCounts counts = figures.counts(scope, request);
        SpaceCounts expected = reference.counts(scope, request);
        assertTotals(counts.totals(), expected.totals());
        // The tally counts satisfied items by day, the reference reads acknowledgements in the histories.
        WeeklyCounts weeks = expected.weeks();
        assertThat(Arrays.stream(weeks.satisfied()).sum()).isPositive();
        assertThat(Arrays.stream(weeks.created()).sum()).isPositive();
        assertThat(counts.weeks().satisfied()).containsExactly(weeks.satisfied());
        assertThat(counts.weeks().created()).containsExactly(weeks.created());
        assertThat(counts.pairs()).containsExactlyInAnyOrderElementsOf(expected.pairs());
        assertThat(expected.outcomeActions()).isNotEmpty();
        assertThat(counts.outcomeActions()).containsExactlyInAnyOrderElementsOf(expected.outcomeActions());
        SpaceTotals totals = expected.totals();
        assertThat(totals.timesToAnswer()).isPositive();
        assertThat(totals.satisfiedLast90Days()).isPositive();
        assertThat(totals.overdue()).isPositive();
        assertThat(totals.timesToAcknowledge()).isPositive();
        assertThat(counts.spreads()).isEqualTo(expected.spreads());
        assertThat(counts.spread(DurationMetric.TIME_TO_ANSWER).count()).isEqualTo(totals.timesToAnswer());
        assertThat(counts.spread(DurationMetric.TIME_TO_ACKNOWLEDGE).count()).isEqualTo(totals.timesToAcknowledge());
        for (DurationMetric metric : DurationMetric.values()) {
            DurationSpread spread = counts.spread(metric);
            assertThat(figures.median(scope, metric, spread)).as(metric + " " + spread)
                    .isEqualTo(reference.median(scope, metric, spread)).isPresent();
            long firstFloor = DurationSpread.floorOf(spread.perBucket().firstKey());
            middlesAfterTheFirstBucket += spread.middle().orElseThrow().fromMillis() > firstFloor ? 1 : 0;
        }
        assertThat(ids(figures.needingAttention(scope, TODAY, 5))).containsExactlyElementsOf(ids(reference.needingAttention(scope, TODAY, 5)));
        for (Set<State> states : List.of(ItemSelection.AWAITING_ANSWER, Set.of(State.ACCEPTED), EnumSet.allOf(State.class), Set.<State>of())) {
            assertThat(figures.longestIn(scope, states).map(ActionItem::id)).as("longest in " + states)
                    .isEqualTo(reference.longestIn(scope, states).map(ActionItem::id));
        }
        List<PairCounts> pairs = counts.pairs();
        int countedFromPairs = 0;
        for (ItemSelection selection : selections()) {
            assertThat(figures.count(scope, selection)).as(selection.toString()).isEqualTo(reference.count(scope, selection));
            Optional<Integer> fromPairs = selection.countFrom(pairs);
            if (fromPairs.isPresent()) {
                assertThat(fromPairs).as("from pairs: " + selection).contains(reference.count(scope, selection));
                countedFromPairs++;
            }
            for (ItemOrder order : orders()) {
                assertThat(ids(figures.list(scope, selection, order, 0, 0))).as(selection + " " + order)
                        .containsExactlyElementsOf(ids(reference.list(scope, selection, order, 0, 0)));
                assertThat(ids(figures.list(scope, selection, order, 3, 7))).as("page of " + selection + " " + order)
                        .containsExactlyElementsOf(ids(reference.list(scope, selection, order, 3, 7)));
            }
        }
        assertThat(countedFromPairs).as("selections counted from pairs").isGreaterThanOrEqualTo(3);
    }

    @Test
    void compactingTheTallyOrCountingItAnewChangesNoFigure() {
        randomSpace(80, 5);
        PageScope scope = figures.scope("DEV", Set.of(1L, 2L, 3L, 5L, 6L, 8L, 9L, 10L, 11L));
        SpaceCounts before = figures.counts(scope, request());
        TallyCompaction compaction = new TallyCompaction(new HostTransactionalExecutorFactory(counter.dataSource()));

        Map<String, TallyCompaction.Folded> folded = compaction.compactAll();

        assertThat(folded).containsOnlyKeys("DEV", "OPS");
        assertThat(folded.get("DEV").written()).isLessThan(folded.get("DEV").read() / 2);
        assertThat(tallyRows()).isEqualTo(folded.get("DEV").written() + folded.get("OPS").written());
        assertSameCounts(figures.counts(scope, request()), before);
        int written = folded.get("DEV").written();
        assertThat(compaction.compact("DEV")).as("nothing left to fold").isEqualTo(new TallyCompaction.Folded(written, written));

        // As the upgrades that add the tally and its durations do.
        ao.deleteWithSQL(AoTallyCount.class, "ID > ?", 0);
        AoTallies.fillAll(ao, ZONE, EnumSet.range(Facet.TOTALS, Facet.OUTCOME));
        AoTallies.fillAll(ao, ZONE, EnumSet.of(Facet.DURATION));
        assertThat(tallyRows()).isEqualTo(folded.get("DEV").written() + folded.get("OPS").written());
        assertSameCounts(figures.counts(scope, request()), before);
    }

    private static void assertSameCounts(SpaceCounts actual, SpaceCounts expected) {
        assertThat(actual).usingRecursiveComparison().ignoringCollectionOrder().isEqualTo(expected);
    }

    private int tallyRows() {
        return ao.count(AoTallyCount.class);
    }

    @Test
    void listedItemsAreTheStoredItems() {
        randomSpace(30, 3);
        PageScope scope = figures.scope("DEV", Set.of(1L, 2L, 3L));

        List<ActionItem> listed = figures.list(scope, everyItem(), ItemOrder.by(SortKey.CREATED, false), 0, 0);

        assertThat(listed).isNotEmpty().allSatisfy(item -> assertThat(item).isEqualTo(store.byId(item.id()).orElseThrow()));
    }

    @Test
    void aViewerWhoMayViewNoPageWithItemsGetsNothing() {
        randomSpace(20, 2);
        PageScope scope = figures.scope("DEV", Set.of(99L));

        assertThat(scope.isEmpty()).isTrue();
        assertThat(figures.counts(scope, request()).totals().items()).isZero();
        assertThat(figures.list(scope, everyItem(), ItemOrder.by(SortKey.DUE, false), 0, 0)).isEmpty();
        assertThat(figures.counts(scope, request()).pairs()).isEmpty();
    }

    @Test
    void eachAnswerIsOneStatementWhateverTheNumberOfItems() {
        randomSpace(5, 2);
        long[] small = statements();
        randomSpace(150, 9);
        long[] large = statements();

        assertThat(small).containsOnly(1L);
        assertThat(large).containsExactly(small);
    }

    private long[] statements() {
        Set<Long> viewable = LongStream.rangeClosed(1, 8).boxed().collect(Collectors.toSet());
        PageScope[] scope = new PageScope[1];
        DurationSpread[] answers = new DurationSpread[1];
        ItemOrder byOwner = new ItemOrder(SortKey.OWNER, false, Map.of("ann", 0, "ben", 1), Map.of());
        return new long[] {
            counter.countDuring(() -> scope[0] = figures.scope("DEV", viewable)),
            counter.countDuring(() -> answers[0] = figures.counts(scope[0], request()).spread(DurationMetric.TIME_TO_ANSWER)),
            counter.countDuring(() -> figures.median(scope[0], DurationMetric.TIME_TO_ANSWER, answers[0])),
            counter.countDuring(() -> figures.list(scope[0], everyItem(), byOwner, 0, 25)),
            counter.countDuring(() -> figures.count(scope[0], everyItem())),
            counter.countDuring(() -> figures.longestIn(scope[0], ItemSelection.AWAITING_ANSWER)),
            counter.countDuring(() -> figures.needingAttention(scope[0], TODAY, 5))
        };
    }

    private static void assertTotals(SpaceTotals actual, SpaceTotals expected) {
        assertThat(actual).usingRecursiveComparison().isEqualTo(expected);
    }

    private InMemorySpaceFigures reference() {
        Map<Long, List<ItemEvent>> histories = new HashMap<>();
        List<ActionItem> stored = new ArrayList<>();
        LongStream.rangeClosed(1, 12).forEach(page -> {
            stored.addAll(store.byPage(page));
            histories.putAll(store.historiesOfPage(page));
        });
        return new InMemorySpaceFigures(() -> stored, () -> histories, ZONE);
    }

    private static TotalsRequest request() {
        LocalDate monday = LocalDate.of(2026, 7, 27);
        List<LocalDate> starts = new ArrayList<>();
        for (int w = 0; w <= 12; w++) {
            starts.add(monday.plusWeeks(w));
        }
        return new TotalsRequest(TODAY, starts);
    }

    private static ItemSelection everyItem() {
        return new ItemSelection(Set.of(), Optional.empty(), Optional.empty(), DueWindow.ANY, Optional.empty(),
                Optional.empty(), true, TODAY);
    }

    private static List<ItemSelection> selections() {
        List<ItemSelection> selections = new ArrayList<>();
        for (DueWindow due : DueWindow.values()) {
            selections.add(new ItemSelection(Set.of(), Optional.empty(), Optional.empty(), due, Optional.empty(),
                    Optional.empty(), due == DueWindow.ANY, TODAY));
        }
        selections.add(ItemSelection.inStates(ItemSelection.AWAITING_ANSWER, TODAY));
        selections.add(new ItemSelection(Set.of(State.ACCEPTED, State.DONE), Optional.of("ben"), Optional.empty(),
                DueWindow.ANY, Optional.empty(), Optional.empty(), false, TODAY));
        selections.add(new ItemSelection(Set.of(), Optional.empty(), Optional.of("cat"), DueWindow.ANY, Optional.of(2L),
                Optional.empty(), true, TODAY));
        selections.add(new ItemSelection(Set.of(), Optional.empty(), Optional.empty(), DueWindow.ANY, Optional.empty(),
                Optional.of("Launch"), false, TODAY));
        return selections;
    }

    private static List<ItemOrder> orders() {
        Map<String, Integer> byName = Map.of("eve", 0, "dan", 1, "cat", 1, "ben", 3);
        Map<Long, Integer> byTitle = Map.of(3L, 0, 1L, 1, 2L, 1, 5L, 2);
        List<ItemOrder> orders = new ArrayList<>();
        for (SortKey sort : SortKey.values()) {
            for (boolean descending : new boolean[] {false, true}) {
                orders.add(new ItemOrder(sort, descending, byName, byTitle));
            }
        }
        return orders;
    }

    private static List<Long> ids(List<ActionItem> items) {
        return items.stream().map(ActionItem::id).toList();
    }

    /**
     * Items on pages 1–12 of space DEV (and a few in OPS), each walked through random moves the
     * state table allows, by the right person, on a clock stepping hours to days at a time; some
     * removed from their page, some on a trashed page.
     */
    private void randomSpace(int count, long seed) {
        Random random = new Random(seed);
        SteppingClock clock = new SteppingClock(START.plus(Duration.ofDays(random.nextInt(20))));
        AoTransactions transactions = new AoTransactions(ao);
        Commitments commitments = new Commitments(store, transactions, clock);
        for (int n = 0; n < count; n++) {
            clock.step(Duration.ofMinutes(random.nextInt(600)));
            long page = 1 + random.nextInt(12);
            String owner = PEOPLE.get(random.nextInt(PEOPLE.size()));
            String requester = PEOPLE.get(random.nextInt(PEOPLE.size()));
            Optional<LocalDate> due = random.nextInt(6) == 0 ? Optional.empty()
                    : Optional.of(TODAY.plusDays(random.nextInt(120) - 90));
            Optional<String> outcome = random.nextInt(3) == 0 ? Optional.of(random.nextBoolean() ? "Launch" : "Quality") : Optional.empty();
            String space = random.nextInt(20) == 0 ? "OPS" : "DEV";
            Instant at = clock.instant();
            ActionItem fresh = new ActionItem(0, page, "m-" + seed + "-" + n, space, Kind.REQUEST,
                    new Terms(owner, requester, "h" + n, "Task " + n, due), outcome, State.REQUESTED, 1, 1,
                    Optional.empty(), Optional.empty(), Presence.LIVE, at, at);
            ActionItem item = store.create(fresh, new ItemEvent(0, 1, at, Optional.empty(), Move.CREATED, State.REQUESTED,
                    State.REQUESTED, "", 1, due, List.of()));
            items.put(item.id(), item);
        }
        // Walk the new items in interleaved order so that their events spread over the weeks.
        List<Long> walking = new ArrayList<>(items.keySet());
        for (int round = 0; round < 6; round++) {
            for (long id : walking) {
                clock.step(Duration.ofMinutes(30 + random.nextInt(60 * 3)));
                ActionItem item = store.byId(id).orElseThrow();
                List<Rule> rules = Transitions.from(item.state()).stream()
                        .filter(r -> r.actor() != Role.VIEWER && r.move() != Move.COMMENT).toList();
                if (item.presence() != Presence.LIVE || rules.isEmpty() || random.nextInt(3) == 0) {
                    continue;
                }
                // Mostly forward, as work goes; sometimes any move the table allows.
                List<Rule> forward = rules.stream().filter(r -> FORWARD.contains(r.move())).toList();
                Rule rule = !forward.isEmpty() && random.nextInt(10) < 7 ? forward.get(random.nextInt(forward.size()))
                        : rules.get(random.nextInt(rules.size()));
                String actor = rule.actor() == Role.OWNER ? item.terms().ownerKey() : item.terms().requesterKey();
                Optional<LocalDate> date = rule.needs() == Needs.DATE_OR_NOTE ? Optional.of(TODAY.plusDays(random.nextInt(40)))
                        : Optional.empty();
                commitments.move(new MoveRequest(id, rule.move(), actor, rule.needs() == Needs.NOTHING ? "" : "because",
                        date, item.version()));
            }
        }
        for (long id : walking) {
            ActionItem item = store.byId(id).orElseThrow();
            int fate = random.nextInt(25);
            if (fate < 2) {
                presence(item, fate == 0 ? Move.REMOVED : Move.PAGE_TRASHED, fate == 0 ? Presence.REMOVED : Presence.PAGE_TRASHED,
                        clock.step(Duration.ofHours(1)));
            }
        }
    }

    private void presence(ActionItem item, Move move, Presence presence, Instant at) {
        ActionItem next = new ActionItem(item.id(), item.pageId(), item.macroId(), item.spaceKey(), item.kind(), item.terms(),
                item.outcome(), item.state(), item.version() + 1, item.termsVersion(), item.agreedDue(), item.counterDue(),
                presence, item.createdAt(), item.stateSince());
        new AoTransactions(ao).inTransaction(() -> {
            store.record(next, new ItemEvent(item.id(), next.version(), at, Optional.empty(), move, item.state(), item.state(),
                    "", item.termsVersion(), Optional.empty(), List.of()));
            return null;
        });
    }

    /** A clock the test moves forward. */
    private static final class SteppingClock extends Clock {
        private Instant now;

        SteppingClock(Instant start) {
            this.now = start;
        }

        Instant step(Duration by) {
            now = now.plus(by);
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

}
