package io.followthrough.core.report;

import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.commitment.ItemEvent;
import io.followthrough.core.commitment.Move;
import io.followthrough.core.commitment.Presence;
import io.followthrough.core.commitment.State;
import io.followthrough.core.port.ActionItemQueries;
import io.followthrough.core.port.Directory;
import io.followthrough.core.port.OutcomeSummaries;
import io.followthrough.core.port.PageRef;
import io.followthrough.core.port.Permissions;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Builds the space outcome report (DESIGN §5.5) for space admins, and the summary the outcome
 * report macro shows anyone. Every figure, row and chart comes from {@link ViewableItems}: pages
 * the viewer may not view take no part.
 */
public final class SpaceReports {
    /** How many weeks the created-against-satisfied chart covers, this week included. */
    public static final int WEEKS = 12;
    /** How many items the macro names for a space admin. */
    static final int ATTENTION = 5;
    private static final Set<String> FINISHED_OUTCOMES = Set.of("achieved", "missed", "dropped");

    private final ActionItemQueries queries;
    private final Permissions permissions;
    private final OutcomeSummaries outcomeSummaries;
    private final Directory directory;
    private final Clock clock;

    public SpaceReports(ActionItemQueries queries, Permissions permissions, OutcomeSummaries outcomeSummaries,
                        Directory directory, Clock clock) {
        this.queries = queries;
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
        ViewableItems data = ViewableItems.of(viewer, spaceKey, permissions, queries, true);
        People people = new People(directory);
        SpaceGoals goals = outcomeSummaries.of(spaceKey, data.pages().values());
        List<ReportRow> rows = data.items().stream().map(item -> row(data, item, today)).toList();
        Headline headline = headline(data, rows, today);
        List<PurposeStatus> purposes = purposes(goals, people, today);
        OutcomeOverview outcomes = outcomes(goals, data, people, today);
        Matrix matrix = matrix(data, people);
        ItemList list = new ItemList(new ItemFilter(query, today, people).apply(rows), query.page(), query.size());
        rows.forEach(r -> {
            people.of(r.item().terms().ownerKey());
            people.of(r.item().terms().requesterKey());
        });
        List<PageRef> pagesWithItems = data.items().stream().map(data::page).distinct()
                .sorted(Comparator.comparing((PageRef p) -> p.title().toLowerCase(Locale.ROOT))).toList();
        List<String> outcomeTitles = new ArrayList<>(data.items().stream().map(ActionItem::outcome)
                .flatMap(Optional::stream).collect(TreeSet::new, Set::add, Set::addAll));
        return Optional.of(new SpaceReport(spaceKey, today, headline, purposes, outcomes, matrix, list,
                charts(data, today), pagesWithItems, outcomeTitles, people.all()));
    }

    /**
     * The macro's view of a space for any viewer: headline figures and the outcomes of one page,
     * from pages the viewer may view. Only a space admin is also told which items need attention.
     */
    public SpaceSummary summary(Optional<String> viewer, String spaceKey, long pageId) {
        LocalDate today = LocalDate.now(clock);
        boolean admin = permissions.canAdministerSpace(viewer, spaceKey);
        ViewableItems data = ViewableItems.of(viewer, spaceKey, permissions, queries, true);
        People people = new People(directory);
        List<ReportRow> rows = data.items().stream().map(item -> row(data, item, today)).toList();
        List<PageRef> page = data.pages().values().stream().filter(p -> p.id() == pageId).toList();
        SpaceGoals goals = page.isEmpty() ? SpaceGoals.none() : outcomeSummaries.of(spaceKey, page);
        List<ReportRow> attention = !admin ? List.of() : rows.stream()
                .filter(r -> r.overdue() || r.item().isAwaitingAnswer())
                .filter(r -> r.item().presence() == Presence.LIVE)
                .sorted(Comparator.comparing((ReportRow r) -> !r.overdue()).thenComparing(r -> r.item().stateSince()))
                .limit(ATTENTION).toList();
        attention.forEach(r -> {
            people.of(r.item().terms().ownerKey());
            people.of(r.item().terms().requesterKey());
        });
        return new SpaceSummary(spaceKey, admin, headline(data, rows, today),
                outcomes(goals, data, people, today).outcomes(), attention, people.all());
    }

    private static ReportRow row(ViewableItems data, ActionItem item, LocalDate today) {
        return new ReportRow(item, data.page(item), item.isOverdue(today));
    }

    private Headline headline(ViewableItems data, List<ReportRow> rows, LocalDate today) {
        ZoneId zone = clock.getZone();
        Instant now = clock.instant();
        List<ReportRow> live = rows.stream()
                .filter(r -> r.item().presence() == Presence.LIVE).toList();
        List<ReportRow> awaiting = live.stream().filter(r -> r.item().isAwaitingAnswer()).toList();
        Collection<List<ItemEvent>> histories = data.histories().values();
        return new Headline(awaiting.size(),
                awaiting.stream().min(Comparator.comparing((ReportRow r) -> r.item().stateSince())
                        .thenComparing(r -> r.item().id())),
                count(live, r -> r.item().state() == State.ACCEPTED),
                count(live, ReportRow::overdue),
                count(live, r -> r.item().isAwaitingAcknowledgement()),
                count(live, r -> satisfiedSince(r.item(), now.minus(Duration.ofDays(30)))),
                count(live, r -> satisfiedSince(r.item(), now.minus(Duration.ofDays(90)))),
                Metrics.onTimeRate(histories, AgreedDate.ORIGINAL, zone),
                Metrics.onTimeRate(histories, AgreedDate.LAST, zone),
                Metrics.median(histories.stream().map(Metrics::timeToAnswer).flatMap(Optional::stream).toList()),
                Metrics.median(histories.stream().map(Metrics::timeToAcknowledge).flatMap(Optional::stream).toList()),
                Metrics.declineRate(histories),
                Metrics.renegotiationRate(histories),
                rows.size());
    }

    private static boolean satisfiedSince(ActionItem item, Instant since) {
        return item.state() == State.SATISFIED && !item.stateSince().isBefore(since);
    }

    private static int count(List<ReportRow> rows, Predicate<ReportRow> test) {
        return (int) rows.stream().filter(test).count();
    }

    private static List<PurposeStatus> purposes(SpaceGoals goals, People people, LocalDate today) {
        goals.purposes().forEach(p -> p.sponsorKey().ifPresent(people::of));
        return goals.purposes().stream()
                .map(p -> new PurposeStatus(p, p.until().map(until -> until.isBefore(today)).orElse(false),
                        p.until().map(until -> !until.isBefore(today)).orElse(true)
                                && p.review().map(review -> !review.isAfter(today)).orElse(false)))
                .sorted(Comparator.comparing((PurposeStatus p) -> p.purpose().page().title().toLowerCase(Locale.ROOT)))
                .toList();
    }

    private static OutcomeOverview outcomes(SpaceGoals goals, ViewableItems data, People people, LocalDate today) {
        List<OutcomeStatus> statuses = new ArrayList<>();
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (OutcomeSummary outcome : goals.outcomes()) {
            outcome.ownerKey().ifPresent(people::of);
            List<ActionItem> actions = data.live().stream()
                    .filter(i -> i.pageId() == outcome.page().id() && i.outcome().equals(Optional.of(outcome.title())))
                    .toList();
            int accepted = (int) actions.stream().filter(i -> i.state() == State.ACCEPTED || delivered(i)).count();
            int done = (int) actions.stream().filter(SpaceReports::delivered).count();
            boolean finished = outcome.status().map(FINISHED_OUTCOMES::contains).orElse(false);
            boolean overdue = !finished && outcome.due().map(due -> due.isBefore(today)).orElse(false);
            statuses.add(new OutcomeStatus(outcome, actions.size(), accepted, done, overdue));
            byStatus.merge(outcome.status().orElse(OutcomeOverview.NOT_RECORDED), 1, Integer::sum);
        }
        return new OutcomeOverview(statuses, byStatus);
    }

    private static boolean delivered(ActionItem item) {
        return item.state() == State.DONE || item.state() == State.SATISFIED;
    }

    private static Matrix matrix(ViewableItems data, People people) {
        Map<List<String>, Map<State, Integer>> cells = new LinkedHashMap<>();
        for (ActionItem item : data.live()) {
            cells.computeIfAbsent(List.of(item.terms().requesterKey(), item.terms().ownerKey()), k -> new EnumMap<>(State.class))
                    .merge(item.state(), 1, Integer::sum);
        }
        List<String> requesters = cells.keySet().stream().map(k -> k.get(0)).distinct().sorted(people.byName()).toList();
        List<String> owners = cells.keySet().stream().map(k -> k.get(1)).distinct().sorted(people.byName()).toList();
        List<MatrixCell> matrixCells = cells.entrySet().stream()
                .map(e -> new MatrixCell(e.getKey().get(0), e.getKey().get(1), e.getValue())).toList();
        return new Matrix(requesters, owners, matrixCells);
    }

    private Charts charts(ViewableItems data, LocalDate today) {
        ZoneId zone = clock.getZone();
        Map<State, Integer> states = new EnumMap<>(State.class);
        data.live().forEach(item -> states.merge(item.state(), 1, Integer::sum));
        LocalDate thisWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstWeek = thisWeek.minusWeeks(WEEKS - 1L);
        int[] created = new int[WEEKS];
        int[] satisfied = new int[WEEKS];
        for (ActionItem item : data.items()) {
            week(item.createdAt(), zone, firstWeek).ifPresent(w -> created[w]++);
            data.history(item).stream().filter(e -> e.move() == Move.ACKNOWLEDGE)
                    .forEach(e -> week(e.at(), zone, firstWeek).ifPresent(w -> satisfied[w]++));
        }
        List<WeekCount> weeks = new ArrayList<>();
        for (int w = 0; w < WEEKS; w++) {
            weeks.add(new WeekCount(firstWeek.plusWeeks(w), created[w], satisfied[w]));
        }
        return new Charts(states, weeks);
    }

    /** The chart week (0 = oldest) an instant falls in, if within the chart. */
    private static Optional<Integer> week(Instant at, ZoneId zone, LocalDate firstWeek) {
        long days = ChronoUnit.DAYS.between(firstWeek, at.atZone(zone).toLocalDate());
        int week = (int) Math.floorDiv(days, 7);
        return days >= 0 && week < WEEKS ? Optional.of(week) : Optional.empty();
    }
}
