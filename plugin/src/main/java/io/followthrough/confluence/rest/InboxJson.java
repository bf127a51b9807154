package io.followthrough.confluence.rest;

import io.followthrough.confluence.rest.ReportJson.RowJson;
import io.followthrough.core.report.Inbox;
import io.followthrough.core.report.ReportRow;
import java.util.List;

/** A person's commitments: what they must answer, deliver (overdue first) and acknowledge, and what others owe them. */
public record InboxJson(List<RowJson> toAnswer, List<RowJson> toDeliver, List<RowJson> toAcknowledge,
                        List<RowJson> owedToMe) {

    static InboxJson of(Inbox inbox) {
        return new InboxJson(rows(inbox, inbox.toAnswer()), rows(inbox, inbox.toDeliver()),
                rows(inbox, inbox.toAcknowledge()), rows(inbox, inbox.owedToMe()));
    }

    private static List<RowJson> rows(Inbox inbox, List<ReportRow> rows) {
        return rows.stream().map(r -> RowJson.of(r, inbox.people())).toList();
    }
}
