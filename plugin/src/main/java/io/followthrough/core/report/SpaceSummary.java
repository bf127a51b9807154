package io.followthrough.core.report;

import io.followthrough.core.port.Person;
import java.util.List;
import java.util.Map;

/**
 * What the outcome report macro shows: the space's headline figures and the outcomes of one page.
 * Only a space admin gets {@code attention} (overdue items and the oldest unanswered, by name);
 * others get counts.
 */
public record SpaceSummary(String spaceKey, boolean admin, Headline headline, List<OutcomeStatus> pageOutcomes,
                           List<ReportRow> attention, Map<String, Person> people) {
    public SpaceSummary {
        pageOutcomes = List.copyOf(pageOutcomes);
        attention = List.copyOf(attention);
        people = Map.copyOf(people);
    }
}
