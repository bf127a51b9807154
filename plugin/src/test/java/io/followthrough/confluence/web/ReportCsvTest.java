package io.followthrough.confluence.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.commitment.Kind;
import io.followthrough.core.commitment.Presence;
import io.followthrough.core.commitment.State;
import io.followthrough.core.commitment.Terms;
import io.followthrough.core.port.PageRef;
import io.followthrough.core.port.Person;
import io.followthrough.core.report.ReportRow;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportCsvTest {
    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    private static String csv(String what, String pageTitle) throws Exception {
        ActionItem item = new ActionItem(7, 42, "m", "DEMO", Kind.REQUEST,
                new Terms("k-bob", "k-alice", "h", what, Optional.of(LocalDate.of(2026, 3, 10))), Optional.of("Launch"),
                State.ACCEPTED, 2, 1, Optional.of(LocalDate.of(2026, 3, 12)), Optional.empty(), Presence.LIVE, AT, AT);
        StringWriter out = new StringWriter();
        ReportCsv.write(List.of(new ReportRow(item, new PageRef(42, pageTitle, "DEMO"), true)),
                Map.of("k-bob", new Person("k-bob", "bob", "Bob, \"the builder\"")), out);
        return out.toString();
    }

    @Test
    void everyFieldIsQuotedQuotesAreDoubledAndLinesEndInCrLf() throws Exception {
        String csv = csv("Line one\nline two", "Plan");

        assertThat(csv.split("\r\n")[0]).isEqualTo("\"id\",\"page_id\",\"page\",\"what\",\"owner\",\"requester\",\"state\","
                + "\"due\",\"agreed_due\",\"overdue\",\"outcome\",\"presence\",\"created\",\"state_since\"");
        assertThat(csv).endsWith("\r\n").contains("\"Bob, \"\"the builder\"\"\"").contains("\"k-alice\"")
                .contains("\"Line one\nline two\"").contains("\"2026-03-10\",\"2026-03-12\",\"true\",\"Launch\",\"live\"");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasGetAnApostrophe() throws Exception {
        for (String formula : List.of("=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx")) {
            assertThat(ReportCsv.guarded(formula)).isEqualTo("'" + formula);
        }
        assertThat(ReportCsv.guarded("a=b")).isEqualTo("a=b");
        assertThat(ReportCsv.guarded("")).isEmpty();
        assertThat(csv("=HYPERLINK(\"http://evil\")", "@Plan")).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"", "\"'@Plan\"");
    }
}
