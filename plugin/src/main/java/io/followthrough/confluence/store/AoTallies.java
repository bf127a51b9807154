package io.followthrough.confluence.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.report.ItemMetrics;
import io.followthrough.core.report.SpaceTally;
import io.followthrough.core.report.SpaceTally.Facet;
import io.followthrough.core.report.SpaceTally.Key;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Writes the changes of the spaces' tallies as items change, in the item's transaction. */
final class AoTallies {
    private AoTallies() {
    }

    /** An item as the tally counts it. */
    record Counted(ActionItem item, ItemMetrics metrics) {
        static Counted of(AoActionItem row) {
            return new Counted(AoActionItemStore.item(row), ItemMetricsColumns.read(row));
        }
    }

    /**
     * Adds the rows that take an item from what it was counted as to what it is counted as now
     * (either may be absent), in the space of each; one insert.
     */
    static void change(ActiveObjects ao, ZoneId zone, Optional<Counted> before, Optional<Counted> after) {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (before.isPresent() && after.isPresent() && !before.get().item().spaceKey().equals(after.get().item().spaceKey())) {
            rows.addAll(rows(before.get().item().spaceKey(), SpaceTally.change(keys(before, zone), Optional.empty())));
            rows.addAll(rows(after.get().item().spaceKey(), SpaceTally.change(Optional.empty(), keys(after, zone))));
        } else {
            String spaceKey = after.or(() -> before).orElseThrow().item().spaceKey();
            rows.addAll(rows(spaceKey, SpaceTally.change(keys(before, zone), keys(after, zone))));
        }
        if (!rows.isEmpty()) {
            ao.create(AoTallyCount.class, rows);
        }
    }

    /**
     * Counts every item under its keys of these facets from scratch, for the upgrades that add the
     * tally or a facet of it. Each upgrade names the facets it adds: later upgrades add theirs.
     */
    static void fillAll(ActiveObjects ao, ZoneId zone, Set<Facet> facets) {
        Map<String, Map<Key, Integer>> spaces = new HashMap<>();
        for (AoActionItem row : ao.find(AoActionItem.class)) {
            Counted counted = Counted.of(row);
            Map<Key, Integer> counts = spaces.computeIfAbsent(row.getSpaceKey(), k -> new HashMap<>());
            SpaceTally.keysOf(counted.item(), counted.metrics(), zone).stream().filter(key -> facets.contains(key.facet()))
                    .forEach(key -> counts.merge(key, 1, Integer::sum));
        }
        spaces.forEach((spaceKey, counts) -> insert(ao, rows(spaceKey, counts)));
    }

    /** Inserts rows a thousand at a time. */
    static void insert(ActiveObjects ao, List<Map<String, Object>> rows) {
        for (int from = 0; from < rows.size(); from += 1000) {
            ao.create(AoTallyCount.class, rows.subList(from, Math.min(rows.size(), from + 1000)));
        }
    }

    private static Optional<List<Key>> keys(Optional<Counted> counted, ZoneId zone) {
        return counted.map(c -> SpaceTally.keysOf(c.item(), c.metrics(), zone));
    }

    static List<Map<String, Object>> rows(String spaceKey, Map<Key, Integer> counts) {
        List<Map<String, Object>> rows = new ArrayList<>();
        counts.forEach((key, n) -> {
            if (n != 0) {
                Map<String, Object> row = new HashMap<>();
                row.put("SPACE_KEY", spaceKey);
                row.put("FACET", key.facet().name());
                row.put("CODE", key.code());
                row.put("FIRST_TEXT", key.first());
                row.put("SECOND_TEXT", key.second());
                row.put("ITEMS", n);
                rows.add(row);
            }
        });
        return rows;
    }

    /** The key of a stored row; an empty text may come back as null. */
    static Key key(String facet, String code, String first, String second) {
        return new Key(SpaceTally.Facet.valueOf(facet), code, AoColumns.text(first), AoColumns.text(second));
    }
}
