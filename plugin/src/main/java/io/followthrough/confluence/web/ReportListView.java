package io.followthrough.confluence.web;

import io.followthrough.core.commitment.Presence;
import io.followthrough.core.commitment.State;
import io.followthrough.core.port.PageRef;
import io.followthrough.core.port.Person;
import io.followthrough.core.report.Choices;
import io.followthrough.core.report.DueWindow;
import io.followthrough.core.report.FilterChoices;
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
import java.util.function.Function;

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
        // The filter form keeps the list's order (a valid one): changing a filter should not lose the sort.
        String sort = links.value("sort");
        view.put("sort", SortKey.byWireName(sort.startsWith("-") ? sort.substring(1) : sort).isPresent() ? sort : "");
        view.put("clearUrl", links.with(Map.of("state", "", "owner", "", "requester", "", "due", "", "pageId", "",
                "pageTitle", "", "outcome", "", "removed", "", "page", "")) + "#ft-items");
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
        FilterChoices choices = report.filters();
        String pageId = choices.page().map(p -> String.valueOf(p.id())).orElse("");
        return List.of(
                filter("state", states, links.value("state")),
                filter("owner", choices.owners(), k -> option(k, ReportText.name(k, people)), links.value("owner")),
                filter("requester", choices.requesters(), k -> option(k, ReportText.name(k, people)), links.value("requester")),
                filter("due", dues, links.value("due")),
                choices.pages().complete()
                        ? filter("pageId", choices.pages(), p -> option(String.valueOf(p.id()), p.title()), pageId)
                        : pageTitle(choices, links),
                filter("outcome", choices.outcomes(), t -> option(t, t), links.value("outcome")),
                filter("size", SIZES.stream().map(s -> option(s, s)).toList(), links.value("size")));
    }

    /** A select of the values a filter offers, saying how many it leaves out. */
    private <T> Map<String, Object> filter(String name, Choices<T> choices, Function<T, Map<String, String>> option,
                                           String selected) {
        Map<String, Object> filter = filter(name, choices.offered().stream().map(option).toList(), selected);
        if (!choices.complete()) {
            filter.put("note", text.text("report.filter.most-items", Choices.LIMIT, choices.total()));
        }
        return filter;
    }

    private Map<String, Object> filter(String name, List<Map<String, String>> options, String selected) {
        List<Map<String, Object>> marked = new ArrayList<>();
        for (Map<String, String> option : options) {
            Map<String, Object> o = new HashMap<>(option);
            o.put("selected", option.get("value").equals(selected));
            marked.add(o);
        }
        Map<String, Object> filter = new HashMap<>();
        filter.put("name", name);
        filter.put("label", text.text("report.param." + name + ".label"));
        filter.put("options", marked);
        filter.put("anyLabel", name.equals("size") ? "" : text.text("report.filter.any"));
        return filter;
    }

    /** The page filter of a space with too many pages to offer: a page title to type, the one filtered by shown. */
    private Map<String, Object> pageTitle(FilterChoices choices, ReportLinks links) {
        Map<String, Object> filter = new HashMap<>();
        filter.put("text", true);
        filter.put("name", "pageTitle");
        filter.put("label", text.text("report.param.pageTitle.label"));
        filter.put("value", choices.page().map(PageRef::title).orElse(links.value("pageTitle")));
        filter.put("placeholder", text.text("report.filter.page-title", choices.pages().total()));
        return filter;
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
