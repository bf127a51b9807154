package io.followthrough.confluence.web;

import io.followthrough.core.commitment.Presence;
import io.followthrough.core.commitment.State;
import io.followthrough.core.port.Person;
import io.followthrough.core.report.DueWindow;
import io.followthrough.core.report.Paged;
import io.followthrough.core.report.ReportRow;
import io.followthrough.core.report.SortKey;
import io.followthrough.core.report.SpaceReport;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The report's item list as the template reads it: filter form options, sortable columns, rows and paging links. */
final class ReportListView {
    private static final List<String> SIZES = List.of("25", "50", "100", "200");

    private final ReportText text;
    private final String contextPath;
    private final ZoneId zone;

    ReportListView(ReportText text, String contextPath, ZoneId zone) {
        this.text = text;
        this.contextPath = contextPath;
        this.zone = zone;
    }

    Map<String, Object> of(SpaceReport report, ReportLinks links) {
        Paged<ReportRow> list = report.list();
        Map<String, Person> people = report.people();
        Map<String, Object> view = new HashMap<>(links.paging(list, "page", "ft-items"));
        view.put("action", contextPath + ReportLinks.SERVLET + "#ft-items");
        view.put("count", text.text("report.items.count", list.total(), list.page(), list.pages()));
        view.put("total", list.total());
        view.put("filters", filters(report, links));
        view.put("removedChecked", !links.value("removed").isEmpty());
        view.put("clearUrl", links.with(Map.of("state", "", "owner", "", "requester", "", "due", "", "pageId", "",
                "outcome", "", "removed", "", "page", "")) + "#ft-items");
        view.put("columns", columns(links));
        view.put("rows", list.rows().stream().map(row -> row(row, people)).toList());
        return view;
    }

    private List<Map<String, Object>> filters(SpaceReport report, ReportLinks links) {
        Map<String, Person> people = report.people();
        List<Map<String, String>> states = new ArrayList<>(List.of(option("open", text.text("report.filter.state.open")),
                option("closed", text.text("report.filter.state.closed"))));
        for (State state : State.values()) {
            states.add(option(state.wireName(), text.state(state)));
        }
        List<Map<String, String>> dues = new ArrayList<>();
        for (DueWindow window : DueWindow.values()) {
            if (window != DueWindow.ANY) {
                dues.add(option(window.wireName(), text.text("report.due." + window.wireName())));
            }
        }
        return List.of(
                filter("state", states, links),
                filter("owner", report.matrix().ownerKeys().stream().map(k -> option(k, ReportText.name(k, people))).toList(), links),
                filter("requester", report.matrix().requesterKeys().stream().map(k -> option(k, ReportText.name(k, people))).toList(), links),
                filter("due", dues, links),
                filter("pageId", report.pagesWithItems().stream().map(p -> option(String.valueOf(p.id()), p.title())).toList(), links),
                filter("outcome", report.outcomeTitles().stream().map(t -> option(t, t)).toList(), links),
                filter("size", SIZES.stream().map(s -> option(s, s)).toList(), links));
    }

    private Map<String, Object> filter(String name, List<Map<String, String>> options, ReportLinks links) {
        String selected = links.value(name);
        List<Map<String, Object>> marked = new ArrayList<>();
        for (Map<String, String> option : options) {
            Map<String, Object> o = new HashMap<>(option);
            o.put("selected", option.get("value").equals(selected));
            marked.add(o);
        }
        return Map.of("name", name, "label", text.text("report.param." + name + ".label"), "options", marked,
                "anyLabel", name.equals("size") ? "" : text.text("report.filter.any"));
    }

    private static Map<String, String> option(String value, String label) {
        return Map.of("value", value, "label", label);
    }

    private List<Map<String, String>> columns(ReportLinks links) {
        String sort = links.value("sort");
        List<Map<String, String>> columns = new ArrayList<>();
        columns.add(Map.of("label", text.text("report.col.item"), "url", "", "sorted", ""));
        for (SortKey key : List.of(SortKey.PAGE, SortKey.OWNER, SortKey.REQUESTER, SortKey.STATE, SortKey.DUE, SortKey.SINCE)) {
            boolean ascending = sort.equals(key.wireName()) || sort.isEmpty() && key == SortKey.DUE;
            boolean descending = sort.equals("-" + key.wireName());
            columns.add(Map.of("label", text.text("report.col." + key.wireName()),
                    "url", links.with(Map.of("sort", ascending ? "-" + key.wireName() : key.wireName(), "page", "")) + "#ft-items",
                    "sorted", ascending ? "ascending" : descending ? "descending" : ""));
        }
        return columns;
    }

    private Map<String, Object> row(ReportRow row, Map<String, Person> people) {
        var item = row.item();
        Map<String, Object> view = text.row(row, contextPath);
        view.put("owner", ReportText.name(item.terms().ownerKey(), people));
        view.put("requester", ReportText.name(item.terms().requesterKey(), people));
        view.put("removed", item.presence() == Presence.REMOVED);
        view.put("outcome", item.outcome().orElse(""));
        view.put("since", ReportText.day(Optional.of(item.stateSince().atZone(zone).toLocalDate())));
        return view;
    }
}
