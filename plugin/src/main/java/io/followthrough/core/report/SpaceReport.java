package io.followthrough.core.report;

import io.followthrough.core.port.PageRef;
import io.followthrough.core.port.Person;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The space outcome report (DESIGN §5.5), computed only from pages the viewer may view.
 *
 * @param pagesWithItems the viewable pages that hold items, by title: the list's page filter offers them
 * @param outcomeTitles  outcome titles items name, sorted: the list's outcome filter offers them
 * @param people         every user the report names, by user key
 */
public record SpaceReport(String spaceKey, LocalDate today, Headline headline, PurposeOverview purposes,
                          OutcomeOverview outcomes, Matrix matrix, Paged<ReportRow> list, Charts charts,
                          List<PageRef> pagesWithItems, List<String> outcomeTitles, Map<String, Person> people) {
    public SpaceReport {
        pagesWithItems = List.copyOf(pagesWithItems);
        outcomeTitles = List.copyOf(outcomeTitles);
        people = Map.copyOf(people);
    }
}
