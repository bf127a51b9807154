package io.followthrough.core.report;

import io.followthrough.core.param.ParameterProblem;
import io.followthrough.core.port.Person;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The space outcome report (DESIGN §5.5), computed only from pages the viewer may view.
 *
 * @param filters  what the list's filters offer
 * @param problems values of the query the report could not apply, beyond those its reader found
 *                 (a page title no viewable page has); the report shows what it would without them
 * @param people   every user the report names, by user key
 */
public record SpaceReport(String spaceKey, LocalDate today, Headline headline, PurposeOverview purposes,
                          OutcomeOverview outcomes, Matrix matrix, Paged<ReportRow> list, Charts charts,
                          FilterChoices filters, List<ParameterProblem> problems, Map<String, Person> people) {
    public SpaceReport {
        problems = List.copyOf(problems);
        people = Map.copyOf(people);
    }
}
