package io.followthrough.core.report;

import java.util.List;

/**
 * The items that match a query, sorted, and the page of them to show.
 *
 * @param matching every matching row in order (CSV exports all of them)
 * @param page     the page shown, from 1 (past the end shows the last page)
 */
public record ItemList(List<ReportRow> matching, int page, int size) {
    public ItemList {
        matching = List.copyOf(matching);
        page = Math.max(1, Math.min(page, Math.max(1, (matching.size() + size - 1) / size)));
    }

    public int total() {
        return matching.size();
    }

    public int pages() {
        return Math.max(1, (matching.size() + size - 1) / size);
    }

    /** The rows of the page shown. */
    public List<ReportRow> rows() {
        int from = Math.min((page - 1) * size, matching.size());
        return matching.subList(from, Math.min(from + size, matching.size()));
    }
}
