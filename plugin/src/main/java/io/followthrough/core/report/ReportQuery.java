package io.followthrough.core.report;

import io.followthrough.core.commitment.State;
import java.util.Optional;
import java.util.Set;

/**
 * Which items a report list shows and how: filters (all must match), sort and page; and which page
 * of the report's tables of expected outcomes and purposes.
 *
 * @param states         the states to show; empty shows every state
 * @param pageTitle      the title of the page whose items to show, when {@code pageId} is not given
 * @param includeRemoved also show items whose macro was removed from the page
 * @param page           the page of the list, from 1
 * @param size           rows per page, 1 to {@link #MAX_SIZE}
 * @param outcomesPage   the page of the expected outcomes table, from 1
 * @param purposesPage   the page of the purposes table, from 1
 */
public record ReportQuery(Set<State> states, Optional<String> ownerKey, Optional<String> requesterKey, DueWindow due,
                          Optional<Long> pageId, Optional<String> pageTitle, Optional<String> outcome,
                          boolean includeRemoved, SortKey sort, boolean descending, int page, int size, int outcomesPage,
                          int purposesPage) {
    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 200;

    public ReportQuery {
        states = Set.copyOf(states);
        if (page < 1 || size < 1 || size > MAX_SIZE || outcomesPage < 1 || purposesPage < 1) {
            throw new IllegalArgumentException("page " + page + " of size " + size + ", outcomes page " + outcomesPage
                    + ", purposes page " + purposesPage);
        }
    }

    /** Every live item, soonest due first, first page; the first page of each table. */
    public static ReportQuery everything() {
        return new ReportQuery(Set.of(), Optional.empty(), Optional.empty(), DueWindow.ANY, Optional.empty(),
                Optional.empty(), Optional.empty(), false, SortKey.DUE, false, 1, DEFAULT_SIZE, 1, 1);
    }

    /** The same query filtered to a page given by id, or to no page, instead of by title. */
    public ReportQuery onPage(Optional<Long> id) {
        return new ReportQuery(states, ownerKey, requesterKey, due, id, Optional.empty(), outcome, includeRemoved, sort,
                descending, page, size, outcomesPage, purposesPage);
    }
}
