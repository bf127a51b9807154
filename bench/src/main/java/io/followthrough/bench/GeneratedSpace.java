package io.followthrough.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.followthrough.bench.SpacePlan.ItemPlan;
import io.followthrough.bench.SpacePlan.OutcomePlan;
import io.followthrough.bench.SpacePlan.PagePlan;
import io.followthrough.core.commitment.State;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A space the generator wrote: its plan, the page ids the host gave out (by page index), how long
 * writing took, and what the report must say to each viewer.
 */
record GeneratedSpace(SpacePlan plan, List<Long> pageIds, Duration took) {

    String spaceKey() {
        return plan.spaceKey;
    }

    /** The pages the user may not view, by their host ids. */
    List<Long> hiddenPageIds(String username) {
        List<Long> hidden = new ArrayList<>();
        for (PagePlan page : plan.pages) {
            if (!page.viewableBy(username)) {
                hidden.add(pageIds.get(page.index));
            }
        }
        return hidden;
    }

    /** What the report must show the user at {@code now}, from the pages they may view. */
    Expected expectedFor(String username, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, plan.zone);
        // Whole days in the server's zone, today included, as the report counts them.
        LocalDate days30 = today.minusDays(29);
        LocalDate days90 = today.minusDays(89);
        Map<State, Integer> live = new EnumMap<>(State.class);
        Map<String, Integer> outcomesByStatus = new TreeMap<>();
        int items = 0;
        int overdue = 0;
        int satisfied30 = 0;
        int satisfied90 = 0;
        int outcomes = 0;
        int purposes = 0;
        for (PagePlan page : plan.pages) {
            if (!page.viewableBy(username)) {
                continue;
            }
            purposes += page.purpose == null ? 0 : 1;
            for (OutcomePlan outcome : page.outcomes) {
                outcomes++;
                outcomesByStatus.merge(outcome.finalStatus.wireName(), 1, Integer::sum);
            }
            for (ItemPlan item : page.items) {
                items++;
                if (item.removed) {
                    continue;
                }
                live.merge(item.finalState, 1, Integer::sum);
                boolean owed = item.finalState == State.REQUESTED || item.finalState == State.OFFERED
                        || item.finalState == State.COUNTERED || item.finalState == State.ACCEPTED;
                overdue += owed && item.effectiveDue != null && item.effectiveDue.isBefore(today) ? 1 : 0;
                boolean satisfied = item.finalState == State.SATISFIED;
                LocalDate satisfiedOn = LocalDate.ofInstant(item.stateSince, plan.zone);
                satisfied30 += satisfied && !satisfiedOn.isBefore(days30) ? 1 : 0;
                satisfied90 += satisfied && !satisfiedOn.isBefore(days90) ? 1 : 0;
            }
        }
        return new Expected(items, live, overdue, satisfied30, satisfied90, outcomes, outcomesByStatus, purposes);
    }

    /**
     * The report's figures a viewer must see.
     *
     * @param items     every item on the viewer's pages, removed ones included
     * @param liveStates items still on their page, by state
     */
    record Expected(int items, Map<State, Integer> liveStates, int overdue, int satisfiedLast30Days,
                    int satisfiedLast90Days, int outcomes, Map<String, Integer> outcomesByStatus, int purposes) {

        int live(State... states) {
            int n = 0;
            for (State state : states) {
                n += liveStates.getOrDefault(state, 0);
            }
            return n;
        }

        int live() {
            return liveStates.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Where the report's JSON (GET /rest/followthrough/1.0/spaces/KEY/report) says otherwise; empty when it agrees. */
        List<String> differences(JsonNode report) {
            List<String> wrong = new ArrayList<>();
            JsonNode headline = report.path("headline");
            compare(wrong, "headline.items", items, headline.path("items").asInt(-1));
            compare(wrong, "headline.awaitingAnswer", live(State.REQUESTED, State.OFFERED, State.COUNTERED),
                    headline.path("awaitingAnswer").asInt(-1));
            compare(wrong, "headline.inProgress", live(State.ACCEPTED), headline.path("inProgress").asInt(-1));
            compare(wrong, "headline.awaitingAcknowledgement", live(State.DONE),
                    headline.path("awaitingAcknowledgement").asInt(-1));
            compare(wrong, "headline.overdue", overdue, headline.path("overdue").asInt(-1));
            compare(wrong, "headline.satisfiedLast30Days", satisfiedLast30Days, headline.path("satisfiedLast30Days").asInt(-1));
            compare(wrong, "headline.satisfiedLast90Days", satisfiedLast90Days, headline.path("satisfiedLast90Days").asInt(-1));
            compare(wrong, "list.total", live(), report.path("list").path("total").asInt(-1));
            compare(wrong, "purposesPage.total", purposes, report.path("purposesPage").path("total").asInt(-1));
            compare(wrong, "outcomes.total", outcomes, report.path("outcomes").path("total").asInt(-1));
            Map<String, Integer> states = new TreeMap<>();
            liveStates.forEach((state, n) -> states.put(state.wireName(), n));
            compare(wrong, "charts.states", states, counts(report.path("charts").path("states")));
            compare(wrong, "outcomes.byStatus", outcomesByStatus, counts(report.path("outcomes").path("byStatus")));
            Map<String, Integer> matrix = new TreeMap<>();
            report.path("matrix").path("cells").forEach(cell -> cell.path("byState").fields()
                    .forEachRemaining(e -> matrix.merge(e.getKey(), e.getValue().asInt(), Integer::sum)));
            compare(wrong, "matrix cells by state", states, matrix);
            return wrong;
        }

        private static Map<String, Integer> counts(JsonNode object) {
            Map<String, Integer> counts = new TreeMap<>();
            object.fields().forEachRemaining(e -> {
                if (e.getValue().asInt() != 0) {
                    counts.put(e.getKey(), e.getValue().asInt());
                }
            });
            return counts;
        }

        private static void compare(List<String> wrong, String what, Object expected, Object actual) {
            if (!expected.equals(actual)) {
                wrong.add(what + ": expected " + expected + ", report says " + actual);
            }
        }
    }
}
