package io.followthrough.core.report;

import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.commitment.Presence;
import io.followthrough.core.commitment.State;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A space's items counted by the facts its report adds up, so that a report reads a few thousand
 * counts instead of a hundred thousand items. Each item adds one to the count of each of its
 * {@link #keysOf keys}: its state, presence and metric flags; its state, requester and owner; the
 * day it is due (while owed); the day it was created; the day it was satisfied; its outcome; the
 * {@link DurationSpread} buckets of its time to answer and to acknowledge. The
 * store keeps the counts as items change; a reader adds them up and takes away the items the
 * viewer may not count, whose keys it works out the same way. Items on trashed pages have no keys.
 */
public final class SpaceTally {
    /** What a key counts by. */
    public enum Facet {
        /** code: state, presence, then 1, 0 or - for on time (original, last), answered, declined, renegotiated, has a time to answer, to acknowledge */
        TOTALS,
        /** code: the state of an item on its page, or REMOVED; first: requester; second: owner */
        PAIR,
        /** code: the effective due day of a live item still owed */
        DUE,
        /** code: the day the item was created */
        CREATED,
        /** code: presence and the day a satisfied item was satisfied */
        SATISFIED,
        /** code: 0, or 1 promised (accepted), or 2 delivered; first: page id; second: outcome title — of a live item naming an outcome */
        OUTCOME,
        /** code: a {@link DurationMetric} and the {@link DurationSpread} bucket of the item's value */
        DURATION
    }

    /**
     * A count's key: short words and numbers in {@code code} (separated by spaces, which none of
     * them holds), people and titles, which may hold anything, in {@code first} and {@code second}.
     */
    public record Key(Facet facet, String code, String first, String second) {
        private static Key of(Facet facet, String... words) {
            return new Key(facet, String.join(" ", words), "", "");
        }

        List<String> words() {
            return Arrays.asList(code.split(" "));
        }
    }

    private static final Set<State> PROMISED = Set.of(State.ACCEPTED, State.DONE, State.SATISFIED);
    private static final Set<State> DELIVERED = Set.of(State.DONE, State.SATISFIED);
    private static final String REMOVED = Presence.REMOVED.name();
    private static final State[] STATES = State.values();

    /** The counts by facet, so that each figure reads only the keys it adds up; pairs and outcomes are kept apart. */
    private final Map<Facet, Map<Key, Integer>> counts = new EnumMap<>(Facet.class);
    /**
     * Pair keys, added up as they come by requester, then owner: the items on their page by state
     * ordinal, then the removed ones. A big space has some 25,000 pair keys; this spares a second
     * pass over them. Nested rather than keyed by a two-element list, so that a row builds no key
     * and each look-up compares a string, not a list element by element.
     */
    private final Map<String, Map<String, int[]>> pairCounts = new HashMap<>();
    /** Outcome keys, added up as they come by page, then title: items naming it, then promised, then delivered. */
    private final Map<String, Map<String, int[]>> outcomeCounts = new HashMap<>();
    /** Where a pair key's code counts: a state's ordinal, or after the states for a removed item. */
    private static final Map<String, Integer> PAIR_PLACES = pairPlaces();

    /** The keys an item counts under; none for an item on a trashed page. */
    public static List<Key> keysOf(ActionItem item, ItemMetrics metrics, ZoneId zone) {
        if (item.presence() == Presence.PAGE_TRASHED) {
            return List.of();
        }
        boolean live = item.presence() == Presence.LIVE;
        String state = item.state().name();
        List<Key> keys = new ArrayList<>();
        keys.add(Key.of(Facet.TOTALS, state, item.presence().name(), flag(metrics.onTimeOriginal()), flag(metrics.onTimeLast()),
                flag(metrics.answered()), flag(metrics.declined()), flag(metrics.renegotiated()),
                flag(metrics.timeToAnswer().isPresent()), flag(metrics.timeToAcknowledge().isPresent())));
        keys.add(new Key(Facet.PAIR, live ? state : REMOVED, item.terms().requesterKey(), item.terms().ownerKey()));
        if (live && ItemSelection.OWED.contains(item.state())) {
            item.effectiveDue().ifPresent(due -> keys.add(Key.of(Facet.DUE, due.toString())));
        }
        keys.add(Key.of(Facet.CREATED, day(item.createdAt(), zone).toString()));
        if (item.state() == State.SATISFIED) {
            keys.add(Key.of(Facet.SATISFIED, item.presence().name(), day(item.stateSince(), zone).toString()));
        }
        if (live && item.outcome().isPresent()) {
            String promise = DELIVERED.contains(item.state()) ? "2" : PROMISED.contains(item.state()) ? "1" : "0";
            keys.add(new Key(Facet.OUTCOME, promise, String.valueOf(item.pageId()), item.outcome().get()));
        }
        metrics.timeToAnswer().ifPresent(d -> keys.add(duration(DurationMetric.TIME_TO_ANSWER, d)));
        metrics.timeToAcknowledge().ifPresent(d -> keys.add(duration(DurationMetric.TIME_TO_ACKNOWLEDGE, d)));
        return keys;
    }

    /**
     * What changes in the counts when an item goes from one version to another (either may be
     * absent: created, deleted): keys whose count does not change are left out.
     */
    public static Map<Key, Integer> change(Optional<List<Key>> before, Optional<List<Key>> after) {
        Map<Key, Integer> change = new LinkedHashMap<>();
        before.ifPresent(keys -> keys.forEach(k -> change.merge(k, -1, Integer::sum)));
        after.ifPresent(keys -> keys.forEach(k -> change.merge(k, 1, Integer::sum)));
        change.values().removeIf(n -> n == 0);
        return change;
    }

    private static Key duration(DurationMetric metric, Duration value) {
        return Key.of(Facet.DURATION, metric.name(), String.valueOf(DurationSpread.bucketOf(value.toMillis())));
    }

    private static String flag(Optional<Boolean> value) {
        return value.map(SpaceTally::flag).orElse("-");
    }

    private static String flag(boolean value) {
        return value ? "1" : "0";
    }

    private static LocalDate day(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate();
    }

    public void add(Key key, int n) {
        if (key.facet() == Facet.PAIR) {
            Integer place = PAIR_PLACES.get(key.code());
            if (place == null) {
                throw new IllegalArgumentException("Not a state or " + REMOVED + ": " + key.code());
            }
            counted(pairCounts, key, STATES.length + 1)[place] += n;
        } else if (key.facet() == Facet.OUTCOME) {
            counted(outcomeCounts, key, 3)[Integer.parseInt(key.code())] += n;
        } else {
            counts.computeIfAbsent(key.facet(), facet -> new HashMap<>()).merge(key, n, Integer::sum);
        }
    }

    /** The counts kept under a key's first, then second text. */
    private static int[] counted(Map<String, Map<String, int[]>> counts, Key key, int size) {
        return counts.computeIfAbsent(key.first(), first -> new HashMap<>()).computeIfAbsent(key.second(), second -> new int[size]);
    }

    private static Map<String, Integer> pairPlaces() {
        Map<String, Integer> places = new HashMap<>();
        for (State state : STATES) {
            places.put(state.name(), state.ordinal());
        }
        places.put(REMOVED, STATES.length);
        return Map.copyOf(places);
    }

    private Map<Key, Integer> counts(Facet facet) {
        return counts.getOrDefault(facet, Map.of());
    }

    /** Adds an item's keys ({@code sign} 1), or takes them away (-1). */
    public void add(ActionItem item, ItemMetrics metrics, ZoneId zone, int sign) {
        keysOf(item, metrics, zone).forEach(key -> add(key, sign));
    }

    /** The headline figures. */
    public SpaceTotals totals(TotalsRequest request) {
        Map<State, Integer> liveByState = new EnumMap<>(State.class);
        // per TOTALS flag (words 2 to 8 of the code): the items it is 1 for, and those it is 0 or 1 for
        int[] flags = new int[9];
        int[] counted = new int[9];
        int items = 0;
        int overdue = 0;
        int last30 = 0;
        int last90 = 0;
        for (Map.Entry<Key, Integer> count : counts(Facet.TOTALS).entrySet()) {
            List<String> p = count.getKey().words();
            int n = count.getValue();
            if (p.get(1).equals(Presence.LIVE.name())) {
                liveByState.merge(State.valueOf(p.get(0)), n, Integer::sum);
            }
            items += n;
            for (int f = 2; f <= 8; f++) {
                flags[f] += p.get(f).equals("1") ? n : 0;
                counted[f] += p.get(f).equals("-") ? 0 : n;
            }
        }
        for (Map.Entry<Key, Integer> due : counts(Facet.DUE).entrySet()) {
            overdue += LocalDate.parse(due.getKey().code()).isBefore(request.today()) ? due.getValue() : 0;
        }
        for (Map.Entry<Key, Integer> satisfied : counts(Facet.SATISFIED).entrySet()) {
            List<String> p = satisfied.getKey().words();
            if (p.get(0).equals(Presence.LIVE.name())) {
                LocalDate day = LocalDate.parse(p.get(1));
                last30 += request.withinLast(30, day) ? satisfied.getValue() : 0;
                last90 += request.withinLast(90, day) ? satisfied.getValue() : 0;
            }
        }
        liveByState.values().removeIf(n -> n == 0);
        return new SpaceTotals(liveByState, overdue, last30, last90, items, new Rate(flags[2], counted[2]),
                new Rate(flags[3], counted[3]), flags[4], flags[5], flags[6], flags[7], flags[8]);
    }

    /** Items created and items satisfied in each chart week. */
    public WeeklyCounts weeks(TotalsRequest request) {
        int[] created = new int[request.weeks()];
        int[] satisfied = new int[request.weeks()];
        counts(Facet.CREATED).forEach((key, n) -> request.week(LocalDate.parse(key.code())).ifPresent(w -> created[w] += n));
        counts(Facet.SATISFIED).forEach((key, n) ->
                request.week(LocalDate.parse(key.words().get(1))).ifPresent(w -> satisfied[w] += n));
        return new WeeklyCounts(created, satisfied);
    }

    /** Items per requester and owner, for the pairs that have any. */
    public List<PairCounts> pairs() {
        List<PairCounts> pairs = new ArrayList<>();
        pairCounts.forEach((requester, byOwner) -> byOwner.forEach((owner, counted) -> {
            Map<State, Integer> live = PairCounts.byState(counted);
            if (!live.isEmpty() || counted[STATES.length] != 0) {
                pairs.add(new PairCounts(requester, owner, live, counted[STATES.length]));
            }
        }));
        return pairs;
    }

    /** Items per bucket of each duration. */
    public Map<DurationMetric, DurationSpread> spreads() {
        Map<DurationMetric, Map<Integer, Integer>> buckets = new EnumMap<>(DurationMetric.class);
        for (DurationMetric metric : DurationMetric.values()) {
            buckets.put(metric, new HashMap<>());
        }
        counts(Facet.DURATION).forEach((key, n) -> {
            if (n != 0) {
                List<String> words = key.words();
                buckets.get(DurationMetric.valueOf(words.get(0))).merge(Integer.parseInt(words.get(1)), n, Integer::sum);
            }
        });
        Map<DurationMetric, DurationSpread> spreads = new EnumMap<>(DurationMetric.class);
        buckets.forEach((metric, counted) -> spreads.put(metric, DurationSpread.of(counted)));
        return spreads;
    }

    /** Items per outcome title they name, per page, for the outcomes that have live items. */
    public List<OutcomeActions> outcomeActions() {
        List<OutcomeActions> actions = new ArrayList<>();
        outcomeCounts.forEach((page, byTitle) -> {
            long pageId = Long.parseLong(page);
            byTitle.forEach((title, promises) -> {
                if (promises[0] != 0 || promises[1] != 0 || promises[2] != 0) {
                    actions.add(new OutcomeActions(pageId, title, promises[0] + promises[1] + promises[2],
                            promises[1] + promises[2], promises[2]));
                }
            });
        });
        return actions;
    }
}
