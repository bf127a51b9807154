package io.followthrough.core.report;

import io.followthrough.core.commitment.State;
import java.util.Optional;
import java.util.Set;

/**
 * Which items a report list shows and how: filters (all must match), sort and page.
 *
 * @param states         the states to show; empty shows every state
 * @param includeRemoved also show items whose macro was removed from the page
 * @param page           the page of the list, from 1
 * @param size           rows per page, 1 to {@link #MAX_SIZE}
 */
public record ReportQuery(Set<State> states, Optional<String> ownerKey, Optional<String> requesterKey, DueWindow due,
                          Optional<Long> pageId, Optional<String> outcome, boolean includeRemoved, SortKey sort,
                          boolean descending, int page, int size) {
    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 200;

    public ReportQuery {
        states = Set.copyOf(states);
        if (page < 1 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page " + page + " of size " + size);
        }
    }

    /** Every live item, soonest due first, first page. */
    public static ReportQuery everything() {
        return new ReportQuery(Set.of(), Optional.empty(), Optional.empty(), DueWindow.ANY, Optional.empty(),
                Optional.empty(), false, SortKey.DUE, false, 1, DEFAULT_SIZE);
    }
}
