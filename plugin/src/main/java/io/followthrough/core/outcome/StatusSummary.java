package io.followthrough.core.outcome;

import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.commitment.Presence;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How the outcomes on a page stand, as its purpose shows them: the outcomes in page order, how many
 * are in each status, how many are overdue, and how many no accepted action item backs.
 *
 * @param outcomes the outcomes on the page (removed and trashed ones left out)
 * @param byStatus counts per status, in status order; statuses without outcomes are left out
 */
public record StatusSummary(List<Outcome> outcomes, Map<OutcomeStatus, Integer> byStatus, int overdue, int unbacked) {

    public StatusSummary {
        outcomes = List.copyOf(outcomes);
        Map<OutcomeStatus, Integer> inOrder = new EnumMap<>(OutcomeStatus.class);
        inOrder.putAll(byStatus);
        byStatus = Collections.unmodifiableMap(inOrder);
    }

    public static StatusSummary of(Collection<Outcome> pageOutcomes, Collection<ActionItem> pageItems, LocalDate today) {
        List<Outcome> live = pageOutcomes.stream().filter(o -> o.presence() == Presence.LIVE).toList();
        Map<OutcomeStatus, Integer> byStatus = new EnumMap<>(OutcomeStatus.class);
        live.forEach(o -> byStatus.merge(o.status(), 1, Integer::sum));
        int overdue = (int) live.stream().filter(o -> o.isOverdue(today)).count();
        int unbacked = (int) live.stream()
                .filter(o -> OutcomeRollup.of(o.title(), pageItems, today).isUnbacked(o.status())).count();
        return new StatusSummary(live, byStatus, overdue, unbacked);
    }

    public int total() {
        return outcomes.size();
    }
}
