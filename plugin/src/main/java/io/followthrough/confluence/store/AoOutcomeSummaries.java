package io.followthrough.confluence.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.followthrough.core.commitment.Presence;
import io.followthrough.core.outcome.OutcomeStatus;
import io.followthrough.core.port.OutcomeSummaries;
import io.followthrough.core.port.PageRef;
import io.followthrough.core.purpose.PagePurpose;
import io.followthrough.core.report.OutcomeSummary;
import io.followthrough.core.report.PurposeSummary;
import io.followthrough.core.report.SpaceGoals;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.java.ao.Query;

/**
 * The report's purposes and expected outcomes, read from the stored records: one query for a
 * space's outcomes and one for its purposes, whatever the number of pages, kept to the pages the
 * viewer may view.
 */
public final class AoOutcomeSummaries implements OutcomeSummaries {
    private final ActiveObjects ao;

    public AoOutcomeSummaries(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public SpaceGoals of(String spaceKey, Collection<PageRef> pages) {
        if (pages.isEmpty()) {
            return SpaceGoals.none();
        }
        Map<Long, PageRef> viewable = pages.stream().collect(Collectors.toMap(PageRef::id, Function.identity(), (a, b) -> a));
        List<PurposeSummary> purposes = new ArrayList<>();
        for (AoPurpose row : ao.find(AoPurpose.class, live(spaceKey))) {
            PagePurpose purpose = AoPurposeStore.purpose(row);
            Optional.ofNullable(viewable.get(purpose.pageId())).ifPresent(page -> purposes.add(
                    new PurposeSummary(page, purpose.sponsorKey(), purpose.until(), purpose.review())));
        }
        List<OutcomeSummary> outcomes = new ArrayList<>();
        // Only the columns a summary shows are read and converted: a big space has thousands of outcomes.
        for (AoOutcome row : ao.find(AoOutcome.class, live(spaceKey).order("PAGE_ID, ID"))) {
            Optional.ofNullable(viewable.get(row.getPageId())).ifPresent(page -> outcomes.add(new OutcomeSummary(page,
                    row.getTitle(), Optional.ofNullable(row.getOwnerKey()), AoColumns.day(row.getDue()),
                    Optional.of(OutcomeStatus.valueOf(row.getOutcomeStatus()).wireName()))));
        }
        return new SpaceGoals(purposes, outcomes);
    }

    private static Query live(String spaceKey) {
        return Query.select().where("SPACE_KEY = ? AND PRESENCE = ?", spaceKey, Presence.LIVE.name());
    }
}
