package io.followthrough.confluence.web;

import io.followthrough.core.port.Person;
import io.followthrough.core.report.ReportRow;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes report rows as CSV (RFC 4180): every field quoted, quotes doubled, CRLF line ends.
 * A field that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage
 * return) gets a leading apostrophe. Dates are ISO days, instants ISO UTC.
 */
public final class ReportCsv {
    /** The header row; tools may rely on these names. */
    public static final List<String> COLUMNS = List.of("id", "page_id", "page", "what", "owner", "requester", "state",
            "due", "agreed_due", "overdue", "outcome", "presence", "created", "state_since");

    private ReportCsv() {
    }

    public static void write(List<ReportRow> rows, Map<String, Person> people, Writer out) throws IOException {
        line(out, COLUMNS);
        for (ReportRow row : rows) {
            var item = row.item();
            line(out, List.of(String.valueOf(item.id()), String.valueOf(item.pageId()), row.page().title(),
                    item.terms().bodyExcerpt(), ReportText.name(item.terms().ownerKey(), people),
                    ReportText.name(item.terms().requesterKey(), people), item.state().wireName(), iso(item.terms().due()),
                    iso(item.agreedDue()), String.valueOf(row.overdue()), item.outcome().orElse(""),
                    item.presence().name().toLowerCase(Locale.ROOT), item.createdAt().toString(), item.stateSince().toString()));
        }
        out.flush();
    }

    private static void line(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write('"');
            out.write(guarded(fields.get(i)).replace("\"", "\"\""));
            out.write('"');
        }
        out.write("\r\n");
    }

    /** Keeps spreadsheets from evaluating a cell: text that starts like a formula is prefixed with an apostrophe. */
    static String guarded(String field) {
        if (!field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0) {
            return "'" + field;
        }
        return field;
    }

    private static String iso(Optional<LocalDate> date) {
        return date.map(Object::toString).orElse("");
    }
}
