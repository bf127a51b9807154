package io.followthrough.core.report;

import java.util.List;

/**
 * One page of the items that match a query, sorted.
 *
 * @param rows  the rows of the page shown
 * @param total how many items match
 * @param page  the page shown, from 1 (past the end shows the last page)
 */
public record ItemList(List<ReportRow> rows, int total, int page, int size) {
    public ItemList {
        rows = List.copyOf(rows);
    }

    /** The page to show of {@code total} rows when {@code wanted} is asked for. */
    public static int clamp(int wanted, int total, int size) {
        return Math.max(1, Math.min(wanted, pages(total, size)));
    }

    public int pages() {
        return pages(total, size);
    }

    private static int pages(int total, int size) {
        return Math.max(1, (total + size - 1) / size);
    }
}
