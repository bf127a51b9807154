package io.followthrough.core.report;

import io.followthrough.core.port.Person;
import java.util.List;
import java.util.Map;

/**
 * One person's commitments across spaces, on pages they may view: what they must answer, deliver
 * (overdue first) and acknowledge, and what others owe them.
 */
public record Inbox(List<ReportRow> toAnswer, List<ReportRow> toDeliver, List<ReportRow> toAcknowledge,
                    List<ReportRow> owedToMe, Map<String, Person> people) {
    public Inbox {
        toAnswer = List.copyOf(toAnswer);
        toDeliver = List.copyOf(toDeliver);
        toAcknowledge = List.copyOf(toAcknowledge);
        owedToMe = List.copyOf(owedToMe);
        people = Map.copyOf(people);
    }
}
