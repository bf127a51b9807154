package io.followthrough.core.report;

import io.followthrough.core.port.Person;
import java.util.List;
import java.util.Map;

/** Every item a report query matches, in order, with the people they name: what a CSV export writes. */
public record ItemExport(String spaceKey, List<ReportRow> rows, Map<String, Person> people) {
    public ItemExport {
        rows = List.copyOf(rows);
        people = Map.copyOf(people);
    }
}
