package io.followthrough.core.report;

import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.commitment.State;
import io.followthrough.core.param.ParameterProblem;
import io.followthrough.core.port.Directory;
import io.followthrough.core.port.OutcomeSummaries;
import io.followthrough.core.port.PageRef;
import io.followthrough.core.port.Permissions;
import io.followthrough.core.port.SpaceFigures;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Builds the space outcome report (DESIGN §5.5) for space admins, and the summary the outcome
 * report macro shows anyone. The figures are added up by {@link SpaceFigures} over a
 * {@link PageScope}: pages the viewer may not view take no part, and the number of queries does not
 * grow with the number of pages or items.
 */
public final class SpaceReports {
    /** How many weeks the created-against-satisfied chart covers, this week included. */
    public static final int WEEKS = 12;
    /** How many items the macro names for a space admin. */
    static final int ATTENTION = 5;
    /** Rows per page of the expected outcomes and purposes tables. */
    public static final int TABLE_ROWS = 25;
    private static final Set<String> FINISHED_OUTCOMES = Set.of("achieved", "missed", "dropped");

    private final SpaceFigures figures;
    private final Permissions permissions;
    private final OutcomeSummaries outcomeSummaries;
    private final Directory directory;
    private final Clock clock;

    public SpaceReports(SpaceFigures figures, Permissions permissions, OutcomeSummaries outcomeSummaries,
                        Directory directory, Clock clock) {
        this.figures = figures;
        this.permissions = permissions;
        this.outcomeSummaries = outcomeSummaries;
        this.directory = directory;
        this.clock = clock;
    }

    /** The full report; empty unless the viewer administers the space. */
    public Optional<SpaceReport> report(Optional<String> viewer, String spaceKey, ReportQuery query) {
        if (!permissions.canAdministerSpace(viewer, spaceKey)) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        Viewable view = viewable(viewer, spaceKey);
        People people = new People(directory);
        TotalsRequest request = totalsRequest(today);
        SpaceCounts counts = figures.counts(view.scope, request);
        SpaceTotals totals = counts.totals();
        List<PairCounts> pairs = counts.pairs();
        LiveByPerson live = LiveByPerson.of(pairs);
        List<OutcomeActions> actions = counts.outcomeActions();
        SpaceGoals goals = outcomeSummaries.of(spaceKey, List.copyOf(view.pages.values()));
        Headline headline = headline(view, counts, today);
        people.lookUp(live.people());
        List<ParameterProblem> problems = new ArrayList<>();
        ReportQuery resolved = onTitledPage(query, view, problems);
        ItemSelection selection = ItemSelection.of(resolved, today);
        int total = selection.countFrom(pairs).orElseGet(() -> figures.count(view.scope, selection));
        int page = Paged.clamp(query.page(), total, query.size());
        List<ReportRow> rows = rows(view, figures.list(view.scope, selection, order(query, view, people, pairs),
                (page - 1) * query.size(), query.size()), today);
        people.lookUpRows(Stream.concat(rows.stream(), headline.oldestAwaiting().stream()));
        return Optional.of(new SpaceReport(spaceKey, today, headline, purposes(goals, people, today, query.purposesPage()),
                outcomes(outcomeStatuses(goals, actions, today), people, query.outcomesPage()), matrix(pairs, live, people),
                new Paged<>(rows, total, page, query.size()),
                charts(totals, counts.weeks(), today),
                filters(resolved, view, live, actions, people), problems, people.all()));
    }

    /** Every item the query matches, in its order, for export; empty unless the viewer administers the space. */
    public Optional<ItemExport> export(Optional<String> viewer, String spaceKey, ReportQuery query) {
        if (!permissions.canAdministerSpace(viewer, spaceKey)) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        Viewable view = viewable(viewer, spaceKey);
        People people = new People(directory);
        List<PairCounts> pairs = query.sort() == SortKey.OWNER || query.sort() == SortKey.REQUESTER
                ? figures.counts(view.scope, totalsRequest(today)).pairs() : List.of();
        ReportQuery resolved = onTitledPage(query, view, new ArrayList<>());
        List<ReportRow> rows = rows(view, figures.list(view.scope, ItemSelection.of(resolved, today),
                order(query, view, people, pairs), 0, 0), today);
        people.lookUpRows(rows.stream());
        return Optional.of(new ItemExport(spaceKey, rows, people.all()));
    }

    /**
     * The macro's view of a space for any viewer: headline figures and the outcomes of one page,
     * from pages the viewer may view. Only a space admin is also told which items need attention.
     */
    public SpaceSummary summary(Optional<String> viewer, String spaceKey, long pageId) {
        LocalDate today = LocalDate.now(clock);
        boolean admin = permissions.canAdministerSpace(viewer, spaceKey);
        Viewable view = viewable(viewer, spaceKey);
        People people = new People(directory);
        SpaceCounts counts = figures.counts(view.scope, totalsRequest(today));
        Headline headline = headline(view, counts, today);
        List<PageRef> page = Optional.ofNullable(view.pages.get(pageId)).stream().toList();
        SpaceGoals goals = page.isEmpty() ? SpaceGoals.none() : outcomeSummaries.of(spaceKey, page);
        List<OutcomeActions> actions = counts.outcomeActions().stream().filter(a -> a.pageId() == pageId).toList();
        List<ReportRow> attention = !admin ? List.of()
                : rows(view, figures.needingAttention(view.scope, today, ATTENTION), today);
        people.lookUpRows(attention.stream());
        return new SpaceSummary(spaceKey, admin, headline, outcomeStatuses(goals, actions, today),
                attention, people.all());
    }

    /**
     * The query with a page title turned into the id of the viewable page of that title (ignoring
     * case; an exact match first), or, when there is none, into no page filter and a problem.
     */
    private static ReportQuery onTitledPage(ReportQuery query, Viewable view, List<ParameterProblem> problems) {
        if (query.pageId().isPresent() || query.pageTitle().isEmpty()) {
            return query;
        }
        String title = query.pageTitle().get();
        Optional<PageRef> page = view.pages.values().stream().filter(p -> p.title().equalsIgnoreCase(title))
                .min(Comparator.comparing((PageRef p) -> !p.title().equals(title)).thenComparing(PageRef::id));
        if (page.isEmpty()) {
            problems.add(new ParameterProblem("pageTitle", ParameterProblem.Code.UNKNOWN_PAGE, title));
        }
        return query.onPage(page.map(PageRef::id));
    }

    /** What the list's filters offer, the values it is filtered by included. */
    private static FilterChoices filters(ReportQuery query, Viewable view, LiveByPerson live,
                                         List<OutcomeActions> actions, People people) {
        query.ownerKey().ifPresent(people::of);
        query.requesterKey().ifPresent(people::of);
        Map<String, Integer> outcomes = new HashMap<>();
        actions.forEach(a -> outcomes.merge(a.outcome(), a.live(), Integer::sum));
        Comparator<PageRef> byTitle = Comparator.comparing((PageRef p) -> p.title().toLowerCase(Locale.ROOT))
                .thenComparing(PageRef::id);
        Optional<PageRef> page = query.pageId().map(view.pages::get);
        return new FilterChoices(Choices.mostItems(live.byOwner(), people.byName(), query.ownerKey()),
                Choices.mostItems(live.byRequester(), people.byName(), query.requesterKey()),
                Choices.allOrSelected(view.scope.visiblePages().stream().map(view.pages::get).toList(), byTitle, page),
                Choices.mostItems(outcomes, Comparator.naturalOrder(), query.outcome()), page);
    }

    /** Items on pages per requester and per owner, for those who have any; added up once for the matrix and the filters. */
    private record LiveByPerson(Map<String, Integer> byRequester, Map<String, Integer> byOwner) {
        static LiveByPerson of(List<PairCounts> pairs) {
            Map<String, Integer> byRequester = new HashMap<>();
            Map<String, Integer> byOwner = new HashMap<>();
            for (PairCounts pair : pairs) {
                int live = pair.live();
                if (live > 0) {
                    byRequester.merge(pair.requesterKey(), live, Integer::sum);
                    byOwner.merge(pair.ownerKey(), live, Integer::sum);
                }
            }
            return new LiveByPerson(byRequester, byOwner);
        }

        /** Everyone with items on pages, whom the matrix and the filters may name. */
        List<String> people() {
            return Stream.concat(byRequester.keySet().stream(), byOwner.keySet().stream()).distinct().toList();
        }
    }

    /** The pages the viewer may view (one batch check) and the scope of items on them. */
    private Viewable viewable(Optional<String> viewer, String spaceKey) {
        Map<Long, PageRef> pages = new LinkedHashMap<>();
        permissions.viewablePagesOfSpace(viewer, spaceKey).forEach(page -> pages.put(page.id(), page));
        return new Viewable(pages, figures.scope(spaceKey, pages.keySet()));
    }

    private static TotalsRequest totalsRequest(LocalDate today) {
        LocalDate firstWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1L);
        List<LocalDate> starts = new ArrayList<>();
        for (int w = 0; w <= WEEKS; w++) {
            starts.add(firstWeek.plusWeeks(w));
        }
        return new TotalsRequest(today, starts);
    }

    private Headline headline(Viewable view, SpaceCounts counts, LocalDate today) {
        SpaceTotals totals = counts.totals();
        int awaiting = ItemSelection.AWAITING_ANSWER.stream().mapToInt(totals::live).sum();
        Optional<ReportRow> oldest = awaiting == 0 ? Optional.empty()
                : figures.longestIn(view.scope, ItemSelection.AWAITING_ANSWER).map(item -> row(view, item, today));
        return new Headline(awaiting, oldest, totals.live(State.ACCEPTED), totals.overdue(), totals.live(State.DONE),
                totals.satisfiedLast30Days(), totals.satisfiedLast90Days(), totals.onTimeOriginal(), totals.onTimeLast(),
                figures.median(view.scope, DurationMetric.TIME_TO_ANSWER, counts.spread(DurationMetric.TIME_TO_ANSWER)),
                figures.median(view.scope, DurationMetric.TIME_TO_ACKNOWLEDGE, counts.spread(DurationMetric.TIME_TO_ACKNOWLEDGE)),
                new Rate(totals.declined(), totals.answered()), new Rate(totals.renegotiated(), totals.answered()),
                totals.items());
    }

    private static List<ReportRow> rows(Viewable view, List<ActionItem> items, LocalDate today) {
        return items.stream().map(item -> row(view, item, today)).toList();
    }

    private static ReportRow row(Viewable view, ActionItem item, LocalDate today) {
        return new ReportRow(item, view.pages.get(item.pageId()), item.isOverdue(today));
    }

    /** The sort with the ranks it needs: people by display name (then key), pages by title. */
    private static ItemOrder order(ReportQuery query, Viewable view, People people, List<PairCounts> pairs) {
        Map<String, Integer> userRanks = Map.of();
        Map<Long, Integer> pageRanks = Map.of();
        if (query.sort() == SortKey.OWNER || query.sort() == SortKey.REQUESTER) {
            Function<PairCounts, String> key = query.sort() == SortKey.OWNER ? PairCounts::ownerKey : PairCounts::requesterKey;
            List<String> keys = pairs.stream().map(key).distinct().toList();
            people.lookUp(keys);
            userRanks = ranks(keys, people.byName());
        } else if (query.sort() == SortKey.PAGE) {
            pageRanks = ranks(List.copyOf(view.scope.visiblePages()),
                    Comparator.comparing((Long id) -> view.pages.get(id).title().toLowerCase(Locale.ROOT)));
        }
        return new ItemOrder(query.sort(), query.descending(), userRanks, pageRanks);
    }

    /** Each key's place in the order; keys the order holds equal share a place. */
    private static <K> Map<K, Integer> ranks(List<K> keys, Comparator<K> order) {
        List<K> sorted = keys.stream().sorted(order).toList();
        Map<K, Integer> ranks = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            boolean tied = i > 0 && order.compare(sorted.get(i - 1), sorted.get(i)) == 0;
            ranks.put(sorted.get(i), tied ? ranks.get(sorted.get(i - 1)) : i);
        }
        return ranks;
    }

    /** A purpose with its page title in lower case, worked out once for the sort. */
    private record Titled(PurposeStatus status, String title) { }

    /** One page of the purposes, expired ones first, then those due for review, then by page title. */
    private static PurposeOverview purposes(SpaceGoals goals, People people, LocalDate today, int page) {
        List<PurposeStatus> all = goals.purposes().stream()
                .map(p -> new PurposeStatus(p, p.until().map(until -> until.isBefore(today)).orElse(false),
                        p.until().map(until -> !until.isBefore(today)).orElse(true)
                                && p.review().map(review -> !review.isAfter(today)).orElse(false)))
                .map(p -> new Titled(p, p.purpose().page().title().toLowerCase(Locale.ROOT)))
                .sorted(Comparator.comparing((Titled t) -> !t.status().expired()).thenComparing(t -> !t.status().reviewDue())
                        .thenComparing(Titled::title))
                .map(Titled::status)
                .toList();
        Paged<PurposeStatus> shown = Paged.of(all, page, TABLE_ROWS);
        people.lookUp(shown.rows().stream().flatMap(p -> p.purpose().sponsorKey().stream()).toList());
        return new PurposeOverview(shown, (int) all.stream().filter(PurposeStatus::expired).count(),
                (int) all.stream().filter(PurposeStatus::reviewDue).count());
    }

    /** Each outcome with what its action items say, in the order the goals list them. */
    private static List<OutcomeStatus> outcomeStatuses(SpaceGoals goals, List<OutcomeActions> actions, LocalDate today) {
        // By page, then title: no (page, title) key to build per outcome, and no list to compare.
        Map<Long, Map<String, OutcomeActions>> byOutcome = new HashMap<>();
        actions.forEach(a -> byOutcome.computeIfAbsent(a.pageId(), page -> new HashMap<>()).put(a.outcome(), a));
        List<OutcomeStatus> statuses = new ArrayList<>();
        for (OutcomeSummary outcome : goals.outcomes()) {
            OutcomeActions counted = byOutcome.getOrDefault(outcome.page().id(), Map.of()).get(outcome.title());
            boolean overdue = !finished(outcome) && outcome.due().map(due -> due.isBefore(today)).orElse(false);
            statuses.add(counted == null ? new OutcomeStatus(outcome, 0, 0, 0, overdue)
                    : new OutcomeStatus(outcome, counted.live(), counted.accepted(), counted.delivered(), overdue));
        }
        return statuses;
    }

    /**
     * One page of the outcomes, those that need attention first (overdue, off track, at risk, not
     * finished without an accepted action), then by page title; outcomes of one page keep their order.
     * The counts cover every outcome.
     */
    private static OutcomeOverview outcomes(List<OutcomeStatus> statuses, People people, int page) {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        statuses.forEach(o -> byStatus.merge(o.outcome().status().orElse(OutcomeOverview.NOT_RECORDED), 1, Integer::sum));
        // Each outcome's sort key is worked out once, not at every comparison: a big space has thousands.
        record Ranked(OutcomeStatus status, int attention, String title) { }
        List<OutcomeStatus> ordered = statuses.stream()
                .map(o -> new Ranked(o, attention(o), o.outcome().page().title().toLowerCase(Locale.ROOT)))
                .sorted(Comparator.comparingInt(Ranked::attention).thenComparing(Ranked::title)
                        .thenComparingLong(r -> r.status().outcome().page().id()))
                .map(Ranked::status)
                .toList();
        Paged<OutcomeStatus> shown = Paged.of(ordered, page, TABLE_ROWS);
        people.lookUp(shown.rows().stream().flatMap(o -> o.outcome().ownerKey().stream()).toList());
        return new OutcomeOverview(shown, byStatus,
                (int) statuses.stream().filter(OutcomeStatus::withoutAcceptedAction).count(),
                (int) statuses.stream().filter(OutcomeStatus::overdue).count());
    }

    /** How soon an outcome needs a look: 0 overdue, 1 off track, 2 at risk, 3 unfinished without an accepted action, 4 fine. */
    private static int attention(OutcomeStatus o) {
        String status = o.outcome().status().orElse(OutcomeOverview.NOT_RECORDED);
        if (o.overdue()) {
            return 0;
        } else if (status.equals("off-track")) {
            return 1;
        } else if (status.equals("at-risk")) {
            return 2;
        }
        return o.withoutAcceptedAction() && !finished(o.outcome()) ? 3 : 4;
    }

    private static boolean finished(OutcomeSummary outcome) {
        return outcome.status().map(FINISHED_OUTCOMES::contains).orElse(false);
    }

    /** The matrix of the requesters and owners with the most items on pages, the others added up. */
    private static Matrix matrix(List<PairCounts> pairs, LiveByPerson live, People people) {
        Map<String, Integer> byRequester = live.byRequester();
        Map<String, Integer> byOwner = live.byOwner();
        List<String> requesters = byRequester.keySet().stream().sorted(Choices.mostItemsFirst(byRequester, people.byName()))
                .limit(Matrix.LIMIT).toList();
        List<String> owners = byOwner.keySet().stream().sorted(Choices.mostItemsFirst(byOwner, people.byName()))
                .limit(Matrix.LIMIT).toList();
        // A grid of state counts, one row per requester shown and one column per owner shown, the last
        // row and column for everyone else: each pair adds into its cell without building a key.
        Map<String, Integer> rows = positions(requesters);
        Map<String, Integer> columns = positions(owners);
        int width = owners.size() + 1;
        int[][] grid = new int[(requesters.size() + 1) * width][];
        for (PairCounts pair : pairs) {
            if (pair.live() > 0) {
                int at = rows.getOrDefault(pair.requesterKey(), requesters.size()) * width
                        + columns.getOrDefault(pair.ownerKey(), owners.size());
                if (grid[at] == null) {
                    grid[at] = new int[State.values().length];
                }
                int[] sum = grid[at];
                pair.liveByState().forEach((state, n) -> sum[state.ordinal()] += n);
            }
        }
        List<MatrixCell> cells = new ArrayList<>();
        for (int at = 0; at < grid.length; at++) {
            if (grid[at] != null) {
                cells.add(new MatrixCell(shown(requesters, at / width), shown(owners, at % width), PairCounts.byState(grid[at])));
            }
        }
        return new Matrix(requesters, owners, cells, byRequester.size(), byOwner.size());
    }

    /** The key of the person at this place of the matrix, or empty for the place of everyone else. */
    private static Optional<String> shown(List<String> people, int place) {
        return place < people.size() ? Optional.of(people.get(place)) : Optional.empty();
    }

    private static Map<String, Integer> positions(List<String> people) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            positions.put(people.get(i), i);
        }
        return positions;
    }

    private static Charts charts(SpaceTotals totals, WeeklyCounts counts, LocalDate today) {
        Map<State, Integer> states = new EnumMap<>(State.class);
        totals.liveByState().forEach((state, n) -> {
            if (n > 0) {
                states.put(state, n);
            }
        });
        LocalDate firstWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1L);
        int[] created = counts.created();
        int[] satisfied = counts.satisfied();
        List<WeekCount> weeks = new ArrayList<>();
        for (int w = 0; w < WEEKS; w++) {
            weeks.add(new WeekCount(firstWeek.plusWeeks(w), created[w], satisfied[w]));
        }
        return new Charts(states, weeks);
    }

    /** The pages the viewer may view, by id, and the scope of their items. */
    private record Viewable(Map<Long, PageRef> pages, PageScope scope) {
    }
}
