package io.followthrough.confluence.web;

import io.followthrough.core.port.Person;
import io.followthrough.core.report.OutcomeOverview;
import io.followthrough.core.report.OutcomeStatus;
import io.followthrough.core.report.Paged;
import io.followthrough.core.report.PurposeOverview;
import io.followthrough.core.report.PurposeStatus;
import io.followthrough.core.report.SpaceReport;
import io.followthrough.core.report.WeekCount;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns a space report into the Maps the report template reads: figures, purposes and outcomes (a page of each), matrix and charts. */
final class ReportView {
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private final ReportText text;
    private final String contextPath;
    private final ZoneId zone;

    ReportView(ReportText text, String contextPath, ZoneId zone) {
        this.text = text;
        this.contextPath = contextPath;
        this.zone = zone;
    }

    Map<String, Object> of(SpaceReport report, String spaceName, ReportLinks links, List<String> problems) {
        Map<String, Object> view = new HashMap<>();
        view.put("spaceKey", report.spaceKey());
        view.put("heading", text.text("report.heading", spaceName));
        view.put("problems", problems);
        view.put("csvUrl", links.with(Map.of("format", "csv", "page", "", "size", "")));
        view.put("jsonUrl", links.json());
        view.put("figures", new ReportFigures(text, zone).of(report.headline(), true));
        view.put("purposes", purposes(report.purposes(), report.people(), links));
        view.put("outcomes", outcomes(report.outcomes(), report.people(), links));
        view.put("matrix", new ReportMatrixView(text).of(report.matrix(), report.people(), links));
        view.put("statesChartHtml", SvgCharts.bars(text.text("report.chart.states"),
                report.charts().states().entrySet().stream()
                        .map(e -> new SvgCharts.Bar(text.state(e.getKey()), e.getValue())).toList()));
        view.put("weeksChartHtml", SvgCharts.weeks(text.text("report.chart.weeks"), text.text("report.chart.created"),
                text.text("report.chart.satisfied"), report.charts().weeks().stream()
                        .map((WeekCount w) -> new SvgCharts.Week(WEEK.format(w.weekStart()), w.created(), w.satisfied()))
                        .toList()));
        view.put("list", new ReportListView(text, contextPath, zone).of(report, links));
        return view;
    }

    private Map<String, Object> purposes(PurposeOverview overview, Map<String, Person> people, ReportLinks links) {
        Paged<PurposeStatus> shown = overview.purposes();
        Map<String, Object> view = new HashMap<>(links.paging(shown, "purposesPage", "ft-purposes"));
        view.put("total", shown.total());
        view.put("count", text.text("report.purposes.count", shown.total(), shown.page(), shown.pages()));
        view.put("expired", text.text("report.purposes.expired", overview.expired()));
        view.put("reviewDue", text.text("report.purposes.review-due", overview.reviewDue()));
        view.put("rows", purposeRows(shown.rows(), people));
        return view;
    }

    private List<Map<String, Object>> purposeRows(List<PurposeStatus> purposes, Map<String, Person> people) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PurposeStatus p : purposes) {
            Map<String, Object> row = new HashMap<>();
            row.put("pageTitle", p.purpose().page().title());
            row.put("pageUrl", ReportLinks.page(contextPath, p.purpose().page().id()));
            row.put("sponsor", p.purpose().sponsorKey().map(k -> ReportText.name(k, people)).orElse(""));
            row.put("until", ReportText.day(p.purpose().until()));
            row.put("expired", p.expired());
            row.put("reviewDue", p.reviewDue());
            rows.add(row);
        }
        return rows;
    }

    private List<Map<String, Object>> outcomeRows(List<OutcomeStatus> outcomes, Map<String, Person> people) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (OutcomeStatus o : outcomes) {
            Map<String, Object> row = new HashMap<>();
            row.put("title", o.outcome().title());
            row.put("pageTitle", o.outcome().page().title());
            row.put("pageUrl", ReportLinks.page(contextPath, o.outcome().page().id()));
            row.put("owner", o.outcome().ownerKey().map(k -> ReportText.name(k, people)).orElse(""));
            row.put("due", ReportText.day(o.outcome().due()));
            row.put("status", statusLabel(o.outcome().status().orElse(OutcomeOverview.NOT_RECORDED)));
            row.put("actions", text.text("report.outcome.actions", o.accepted(), o.actions(), o.done()));
            row.put("withoutAcceptedAction", o.withoutAcceptedAction());
            row.put("overdue", o.overdue());
            row.put("allActionsDone", o.allActionsDone());
            rows.add(row);
        }
        return rows;
    }

    private Map<String, Object> outcomes(OutcomeOverview overview, Map<String, Person> people, ReportLinks links) {
        Paged<OutcomeStatus> shown = overview.outcomes();
        Map<String, Object> view = new HashMap<>(links.paging(shown, "outcomesPage", "ft-outcomes"));
        view.put("total", shown.total());
        view.put("count", text.text("report.outcomes.count", shown.total(), shown.page(), shown.pages()));
        view.put("rows", outcomeRows(shown.rows(), people));
        view.put("byStatus", overview.byStatus().entrySet().stream()
                .map(e -> Map.of("label", statusLabel(e.getKey()), "count", String.valueOf(e.getValue()))).toList());
        view.put("withoutAcceptedAction", text.text("report.outcomes.without-accepted", overview.withoutAcceptedAction()));
        view.put("overdue", text.text("report.outcomes.overdue", overview.overdue()));
        return view;
    }

    /** The name of a recorded status (DESIGN §5.3), or of "no status recorded". */
    private String statusLabel(String status) {
        return text.text("report.outcome-status." + status);
    }
}
