package io.followthrough.core.report;

import java.util.Map;

/**
 * How a list is sorted: by a key, then by item id. People and pages sort by rank (their display
 * name's or title's place, equal names sharing a rank); one without a rank sorts after all ranked
 * ones. Items without a due date come last whichever way the list runs.
 */
public record ItemOrder(SortKey sort, boolean descending, Map<String, Integer> userRanks, Map<Long, Integer> pageRanks) {
    public ItemOrder {
        userRanks = Map.copyOf(userRanks);
        pageRanks = Map.copyOf(pageRanks);
    }

    public static ItemOrder by(SortKey sort, boolean descending) {
        return new ItemOrder(sort, descending, Map.of(), Map.of());
    }
}
