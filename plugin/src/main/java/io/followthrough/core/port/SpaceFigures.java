package io.followthrough.core.port;

import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.commitment.State;
import io.followthrough.core.report.DurationMetric;
import io.followthrough.core.report.DurationSpread;
import io.followthrough.core.report.ItemOrder;
import io.followthrough.core.report.ItemSelection;
import io.followthrough.core.report.PageScope;
import io.followthrough.core.report.SpaceCounts;
import io.followthrough.core.report.TotalsRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A space's action item figures, added up where the items are stored, so that a report costs the
 * same few queries for ten items or a hundred thousand. Every method is one query and counts only
 * the items a {@link PageScope} admits.
 */
public interface SpaceFigures {
    /** Which of the space's pages with items the viewer may view, given the pages the viewer may view. */
    PageScope scope(String spaceKey, Set<Long> viewablePageIds);

    /** The figures that add up: headline totals, the weekly series, items per pair and per outcome. */
    SpaceCounts counts(PageScope scope, TotalsRequest request);

    /** The median of a duration over the items that have one, which spread as {@link #counts} counted them. */
    Optional<Duration> median(PageScope scope, DurationMetric metric, DurationSpread spread);

    /** The selected items in order, from {@code offset}; {@code limit} 0 means all. */
    List<ActionItem> list(PageScope scope, ItemSelection selection, ItemOrder order, int offset, int limit);

    /** The item on its page that has been in one of these states the longest (of equals, the lowest id). */
    Optional<ActionItem> longestIn(PageScope scope, Set<State> states);

    /** How many items the selection matches. */
    int count(PageScope scope, ItemSelection selection);

    /** Items on their page that are overdue or await an answer: overdue first, then longest waiting. */
    List<ActionItem> needingAttention(PageScope scope, LocalDate today, int limit);
}
