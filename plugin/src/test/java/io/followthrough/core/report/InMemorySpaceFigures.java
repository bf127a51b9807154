package io.followthrough.core.report;

import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.commitment.ItemEvent;
import io.followthrough.core.commitment.Move;
import io.followthrough.core.commitment.Presence;
import io.followthrough.core.commitment.State;
import io.followthrough.core.port.SpaceFigures;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The report's figures computed the plain way, item by item in Java from every item and its whole
 * history: the reference the database's figures are held against, and the figures behind the
 * core's report tests. Counts its queries like a store would.
 */
public final class InMemorySpaceFigures implements SpaceFigures {
    private final Supplier<List<ActionItem>> items;
    private final Supplier<Map<Long, List<ItemEvent>>> histories;
    private final ZoneId zone;
    int queries;

    public InMemorySpaceFigures(Supplier<List<ActionItem>> items, Supplier<Map<Long, List<ItemEvent>>> histories, ZoneId zone) {
        this.items = items;
        this.histories = histories;
        this.zone = zone;
    }

    @Override
    public PageScope scope(String spaceKey, Set<Long> viewablePageIds) {
        queries++;
        Set<Long> visible = new HashSet<>();
        Set<Long> hidden = new HashSet<>();
        long last = 0;
        for (ActionItem item : items.get()) {
            if (item.spaceKey().equals(spaceKey)) {
                (viewablePageIds.contains(item.pageId()) ? visible : hidden).add(item.pageId());
                last = Math.max(last, item.id());
            }
        }
        return new PageScope(spaceKey, visible, hidden, last);
    }

    private List<ActionItem> in(PageScope scope) {
        return items.get().stream().filter(i -> i.spaceKey().equals(scope.spaceKey()) && i.presence() != Presence.PAGE_TRASHED
                && i.id() <= scope.lastItemId() && scope.visiblePages().contains(i.pageId())).toList();
    }

    private List<ActionItem> live(PageScope scope) {
        return in(scope).stream().filter(i -> i.presence() == Presence.LIVE).toList();
    }

    private List<ItemEvent> history(ActionItem item) {
        return histories.get().getOrDefault(item.id(), List.of());
    }

    @Override
    public SpaceCounts counts(PageScope scope, TotalsRequest request) {
        queries++;
        return new SpaceCounts(totals(scope, request), weeks(scope, request), pairs(scope), outcomeActions(scope), spreads(scope));
    }

    private SpaceTotals totals(PageScope scope, TotalsRequest request) {
        List<ActionItem> all = in(scope);
        List<ActionItem> live = live(scope);
        Map<State, Integer> byState = new EnumMap<>(State.class);
        live.forEach(i -> byState.merge(i.state(), 1, Integer::sum));
        List<List<ItemEvent>> stories = all.stream().map(this::history).toList();
        return new SpaceTotals(byState, (int) live.stream().filter(i -> i.isOverdue(request.today())).count(),
                satisfiedWithin(live, request, 30), satisfiedWithin(live, request, 90), all.size(),
                Metrics.onTimeRate(stories, AgreedDate.ORIGINAL, zone), Metrics.onTimeRate(stories, AgreedDate.LAST, zone),
                (int) stories.stream().filter(Metrics::wasAnswered).count(), Metrics.declineRate(stories).count(),
                Metrics.renegotiationRate(stories).count(),
                (int) stories.stream().map(Metrics::timeToAnswer).flatMap(Optional::stream).count(),
                (int) stories.stream().map(Metrics::timeToAcknowledge).flatMap(Optional::stream).count());
    }

    /** Satisfied on one of the last {@code days} days, in this zone. */
    private int satisfiedWithin(List<ActionItem> live, TotalsRequest request, int days) {
        return (int) live.stream().filter(i -> i.state() == State.SATISFIED && request.withinLast(days, day(i.stateSince()))).count();
    }

    private LocalDate day(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    private WeeklyCounts weeks(PageScope scope, TotalsRequest request) {
        int[] created = new int[request.weeks()];
        int[] satisfied = new int[request.weeks()];
        for (ActionItem item : in(scope)) {
            request.week(day(item.createdAt())).ifPresent(w -> created[w]++);
            history(item).stream().filter(e -> e.move() == Move.ACKNOWLEDGE)
                    .forEach(e -> request.week(day(e.at())).ifPresent(w -> satisfied[w]++));
        }
        return new WeeklyCounts(created, satisfied);
    }

    private List<PairCounts> pairs(PageScope scope) {
        Map<List<String>, Map<State, Integer>> live = new LinkedHashMap<>();
        Map<List<String>, Integer> removed = new LinkedHashMap<>();
        for (ActionItem item : in(scope)) {
            List<String> pair = List.of(item.terms().requesterKey(), item.terms().ownerKey());
            Map<State, Integer> states = live.computeIfAbsent(pair, k -> new EnumMap<>(State.class));
            if (item.presence() == Presence.LIVE) {
                states.merge(item.state(), 1, Integer::sum);
            } else {
                removed.merge(pair, 1, Integer::sum);
            }
        }
        return live.entrySet().stream().map(e -> new PairCounts(e.getKey().get(0), e.getKey().get(1), e.getValue(),
                removed.getOrDefault(e.getKey(), 0))).toList();
    }

    /** Outcomes with live items only. */
    private List<OutcomeActions> outcomeActions(PageScope scope) {
        Map<List<Object>, int[]> counts = new LinkedHashMap<>();
        for (ActionItem item : in(scope)) {
            if (item.outcome().isEmpty()) {
                continue;
            }
            int[] c = counts.computeIfAbsent(List.of(item.pageId(), item.outcome().get()), k -> new int[3]);
            if (item.presence() == Presence.LIVE) {
                c[0]++;
                c[1] += item.state() == State.ACCEPTED || delivered(item) ? 1 : 0;
                c[2] += delivered(item) ? 1 : 0;
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue()[0] > 0).map(e -> new OutcomeActions((Long) e.getKey().get(0), (String) e.getKey().get(1),
                e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }

    private static boolean delivered(ActionItem item) {
        return item.state() == State.DONE || item.state() == State.SATISFIED;
    }

    private Map<DurationMetric, DurationSpread> spreads(PageScope scope) {
        Map<DurationMetric, DurationSpread> spreads = new EnumMap<>(DurationMetric.class);
        for (DurationMetric metric : DurationMetric.values()) {
            Map<Integer, Integer> buckets = new HashMap<>();
            durations(scope, metric).forEach(d -> buckets.merge(DurationSpread.bucketOf(d.toMillis()), 1, Integer::sum));
            spreads.put(metric, DurationSpread.of(buckets));
        }
        return spreads;
    }

    /** Of every value, whatever the spread says: the reference the bucketed reading is held against. */
    @Override
    public Optional<Duration> median(PageScope scope, DurationMetric metric, DurationSpread spread) {
        queries++;
        return Metrics.median(durations(scope, metric));
    }

    /** Whole milliseconds, as the database keeps them. */
    private List<Duration> durations(PageScope scope, DurationMetric metric) {
        return in(scope).stream().map(this::history)
                .map(metric == DurationMetric.TIME_TO_ANSWER ? Metrics::timeToAnswer : Metrics::timeToAcknowledge)
                .flatMap(Optional::stream).map(d -> Duration.ofMillis(d.toMillis())).toList();
    }

    @Override
    public List<ActionItem> list(PageScope scope, ItemSelection selection, ItemOrder order, int offset, int limit) {
        queries++;
        List<ActionItem> sorted = in(scope).stream().filter(i -> matches(i, selection))
                .sorted(comparator(order).thenComparing(ActionItem::id)).toList();
        int from = Math.min(offset, sorted.size());
        return sorted.subList(from, limit == 0 ? sorted.size() : Math.min(sorted.size(), from + limit));
    }

    @Override
    public Optional<ActionItem> longestIn(PageScope scope, Set<State> states) {
        queries++;
        return live(scope).stream().filter(i -> states.contains(i.state()))
                .min(Comparator.comparing(ActionItem::stateSince).thenComparing(ActionItem::id));
    }

    @Override
    public int count(PageScope scope, ItemSelection selection) {
        queries++;
        return (int) in(scope).stream().filter(i -> matches(i, selection)).count();
    }

    @Override
    public List<ActionItem> needingAttention(PageScope scope, LocalDate today, int limit) {
        queries++;
        return live(scope).stream()
                .filter(i -> i.isOverdue(today) || i.isAwaitingAnswer())
                .sorted(Comparator.comparing((ActionItem i) -> !i.isOverdue(today)).thenComparing(ActionItem::stateSince)
                        .thenComparing(ActionItem::id))
                .limit(limit).toList();
    }

    static boolean matches(ActionItem item, ItemSelection s) {
        LocalDate today = s.today();
        Optional<LocalDate> due = item.effectiveDue();
        boolean owed = ItemSelection.OWED.contains(item.state());
        boolean inWindow = switch (s.due()) {
            case ANY -> true;
            case OVERDUE -> item.isOverdue(today);
            case NEXT_7_DAYS -> owed && due.map(d -> !d.isBefore(today) && !d.isAfter(today.plusDays(7))).orElse(false);
            case NEXT_30_DAYS -> owed && due.map(d -> !d.isBefore(today) && !d.isAfter(today.plusDays(30))).orElse(false);
            case NO_DATE -> due.isEmpty();
        };
        return (item.presence() == Presence.LIVE || s.includeRemoved() && item.presence() == Presence.REMOVED)
                && (s.states().isEmpty() || s.states().contains(item.state()))
                && s.ownerKey().map(item::isOwner).orElse(true)
                && s.requesterKey().map(item::isRequester).orElse(true)
                && s.pageId().map(id -> id == item.pageId()).orElse(true)
                && s.outcome().map(title -> item.outcome().equals(Optional.of(title))).orElse(true)
                && inWindow;
    }

    static Comparator<ActionItem> comparator(ItemOrder order) {
        if (order.sort() == SortKey.DUE) {
            // Items without a date stay last whichever way the dates run.
            Comparator<ActionItem> byDate = Comparator.comparing((ActionItem i) -> i.effectiveDue().orElse(LocalDate.MIN));
            return Comparator.comparing((ActionItem i) -> i.effectiveDue().isEmpty())
                    .thenComparing(order.descending() ? byDate.reversed() : byDate);
        }
        Comparator<ActionItem> key = switch (order.sort()) {
            case DUE -> throw new IllegalStateException();
            case STATE -> Comparator.comparing(ActionItem::state);
            case OWNER -> Comparator.comparing(i -> order.userRanks().getOrDefault(i.terms().ownerKey(), order.userRanks().size()));
            case REQUESTER -> Comparator.comparing(i -> order.userRanks().getOrDefault(i.terms().requesterKey(), order.userRanks().size()));
            case PAGE -> Comparator.comparing(i -> order.pageRanks().getOrDefault(i.pageId(), order.pageRanks().size()));
            case CREATED -> Comparator.comparing(ActionItem::createdAt);
            case SINCE -> Comparator.comparing(ActionItem::stateSince);
        };
        return order.descending() ? key.reversed() : key;
    }

    /** Every item of the scope with its history, for tests that compare figures item by item. */
    List<ActionItem> items(PageScope scope) {
        return new ArrayList<>(in(scope));
    }
}
