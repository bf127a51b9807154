package io.followthrough.core.report;

import java.util.Set;

/**
 * The items a report may count: the space's items not on a trashed page, on pages the viewer may
 * view, that existed when the scope was taken ({@code lastItemId}), so that an item added
 * meanwhile on a page nobody checked is not counted.
 *
 * @param visiblePages pages holding items (on the page or not) that the viewer may view
 * @param hiddenPages  pages holding items that the viewer may not view
 */
public record PageScope(String spaceKey, Set<Long> visiblePages, Set<Long> hiddenPages, long lastItemId) {
    public PageScope {
        visiblePages = Set.copyOf(visiblePages);
        hiddenPages = Set.copyOf(hiddenPages);
    }

    /** Nothing to count: no page with items the viewer may view. */
    public boolean isEmpty() {
        return visiblePages.isEmpty();
    }
}
