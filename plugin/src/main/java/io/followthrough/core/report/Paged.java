package io.followthrough.core.report;

import java.util.List;

/**
 * One page of a longer list: the report's action items, expected outcomes or purposes.
 *
 * @param rows  the rows of the page shown
 * @param total how many rows the whole list has
 * @param page  the page shown, from 1 (past the end shows the last page)
 * @param size  rows per page
 */
public record Paged<T>(List<T> rows, int total, int page, int size) {
    public Paged {
        rows = List.copyOf(rows);
    }

    /** The page of {@code all} that {@code wanted} asks for, clamped to the pages there are. */
    public static <T> Paged<T> of(List<T> all, int wanted, int size) {
        int page = clamp(wanted, all.size(), size);
        int from = (page - 1) * size;
        return new Paged<>(all.subList(from, Math.min(all.size(), from + size)), all.size(), page, size);
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
