package io.followthrough.devhost.actions;

import static io.followthrough.devhost.actions.ActionPages.REST;
import static io.followthrough.devhost.actions.ActionPages.action;
import static io.followthrough.devhost.actions.ActionPages.param;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followthrough.devhost.TestDevHost;
import io.followthrough.devhost.data.PageRecord;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The space outcome report on the dev host: who may see it, what it shows, its CSV and its JSON twin. */
class OutcomeReportTest {
    static final String REPORT = "/plugins/servlet/followthrough/report?spaceKey=DEMO";
    private static final String JSON = REST + "/spaces/DEMO/report";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static TestDevHost devhost;
    private static ActionPages pages;

    @BeforeAll
    static void start() throws Exception {
        devhost = TestDevHost.start();
        pages = new ActionPages(devhost);
    }

    @AfterAll
    static void stop() throws Exception {
        devhost.close();
    }

    private static Document report(String query, String username) throws Exception {
        HttpResponse<String> response = devhost.get(REPORT + query, username);
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private static String csv(String query) throws Exception {
        HttpResponse<String> response = devhost.get(REPORT + query + "&format=csv", "alice");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The ids in the CSV's first column, header and byte order mark left out. */
    static List<String> csvIds(String csv) {
        return Arrays.stream(csv.split("\r\n")).skip(1).map(line -> line.substring(1, line.indexOf('"', 1))).toList();
    }

    @Test
    void aSpaceAdminSeesFiguresPurposesTheMatrixAndTheList() throws Exception {
        Document report = report("", "alice");

        assertThat(report.title()).startsWith("Outcome report");
        assertThat(report.select("#ft-report-heading").text()).isEqualTo("Outcome report: Demo space");
        assertThat(report.select(".ft-figure[data-figure=overdue] .ft-figure-value").text()).isNotEmpty();
        assertThat(report.select("#ft-purposes td").eachText()).contains("Weekly operations review");
        assertThat(report.select("#ft-matrix .ft-matrix-owner").eachText()).contains("Bob Baker", "Carol Chen", "Dave Dixon");
        assertThat(report.select("#ft-matrix .ft-matrix-requester").eachText()).contains("Alice Archer", "Bob Baker");
        assertThat(report.select("#ft-items-table tbody tr")).hasSizeGreaterThanOrEqualTo(6);
        assertThat(report.select("svg.ft-chart")).hasSize(2);
    }

    @Test
    void othersGet403AndNoData() throws Exception {
        HttpResponse<String> bob = devhost.get(REPORT, "bob");

        assertThat(bob.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(bob.body()).select("#ft-report-message").text()).contains("Only space admins");
        assertThat(bob.body()).doesNotContain("Create accounts").doesNotContain("ft-matrix");
        assertThat(devhost.get(REPORT + "&format=csv", "bob").statusCode()).isEqualTo(403);
        assertThat(devhost.get("/plugins/servlet/followthrough/report?spaceKey=NOPE", "alice").statusCode()).isEqualTo(403);
    }

    @Test
    void anonymousVisitorsAreSentToLogInAndBackToTheReport() throws Exception {
        HttpResponse<String> anonymous = devhost.get(REPORT + "&due=overdue", null);

        assertThat(anonymous.statusCode()).isEqualTo(302);
        String location = anonymous.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/login?next=");
        assertThat(URLDecoder.decode(location.substring("/login?next=".length()), StandardCharsets.UTF_8))
                .isEqualTo(REPORT + "&due=overdue");
    }

    @Test
    void theRestReportIsTheSameDataUnderTheSameRules() throws Exception {
        JsonNode json = MAPPER.readTree(devhost.get(JSON + "?due=overdue", "alice").body());
        Document page = report("&due=overdue", "alice");

        assertThat(json.at("/list/total").asInt()).isEqualTo(page.select("#ft-items-table tbody tr").size());
        assertThat(json.at("/headline/overdue").asText())
                .isEqualTo(page.select(".ft-figure[data-figure=overdue] .ft-figure-value").text());
        assertThat(devhost.get(JSON, "bob").statusCode()).isEqualTo(403);
        assertThat(devhost.get(JSON, null).statusCode()).isEqualTo(401);
        HttpResponse<String> bad = devhost.get(JSON + "?due=someday", "alice");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(MAPPER.readTree(bad.body()).get("field").asText()).isEqualTo("due");
    }

    @Test
    void anItemOnAPageHiddenFromTheAdminIsInNoFigureRowChartOrCsvLine() throws Exception {
        String jsonBefore = devhost.get(JSON + "?removed=true&size=200", "alice").body();
        String csvBefore = csv("&removed=true");
        Document pageBefore = report("&removed=true&size=200", "alice");
        PageRecord hidden = devhost.createPage("Acquisition shortlist", action("acq-1", pages.user("owner", "bob")
                + pages.user("requester", "carol") + param("due", "2020-01-01"), "Call the acquisition target"));
        devhost.host().app().pages().restrictViewing(hidden.id(), Set.of("bob", "carol"));
        long itemId = pages.onlyItemIdAs(hidden, "bob");
        assertThat(pages.move(itemId, "bob", "accept", 1).statusCode()).as("the item is real and moving").isEqualTo(200);

        String jsonAfter = devhost.get(JSON + "?removed=true&size=200", "alice").body();
        Document pageAfter = report("&removed=true&size=200", "alice");

        assertThat(jsonAfter).isEqualTo(jsonBefore);
        assertThat(csv("&removed=true")).isEqualTo(csvBefore);
        assertThat(pageAfter.select("#ft-figures").outerHtml()).isEqualTo(pageBefore.select("#ft-figures").outerHtml());
        assertThat(pageAfter.select("#ft-charts").outerHtml()).isEqualTo(pageBefore.select("#ft-charts").outerHtml());
        assertThat(pageAfter.select("#ft-matrix").outerHtml()).isEqualTo(pageBefore.select("#ft-matrix").outerHtml());
        assertThat(pageAfter.body().text()).doesNotContain("acquisition").doesNotContain("Acquisition");
    }

    @Test
    void theCsvHasTheListsRowsQuotedInUtf8AndGuardedAgainstFormulas() throws Exception {
        devhost.createPage("Spreadsheet traps", action("csv-1", pages.user("owner", "carol"),
                "=SUM(A1:A9), \"quoted\" and Grüße"));

        HttpResponse<String> response = devhost.get(REPORT + "&owner=" + devhost.user("carol").key().getStringValue()
                + "&format=csv", "alice");
        Document table = report("&owner=" + devhost.user("carol").key().getStringValue(), "alice");

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv")
                .containsIgnoringCase("charset=utf-8"));
        assertThat(response.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"outcome-report-DEMO.csv\"");
        assertThat(response.body()).startsWith("\uFEFF\"id\",\"page_id\",\"page\",\"what\"");
        assertThat(response.body()).contains("\"'=SUM(A1:A9), \"\"quoted\"\" and Grüße\"");
        assertThat(csvIds(response.body())).isEqualTo(table.select("#ft-items-table tbody tr").eachAttr("data-item-id"));
    }

    @Test
    void filtersSortingAndPagingComeFromTheQueryAndBadValuesAreNamed() throws Exception {
        Document overdue = report("&due=overdue", "alice");
        Document second = report("&size=1&page=2&sort=-page", "alice");
        Document bad = report("&state=lost&due=overdue", "alice");

        assertThat(overdue.select("#ft-items-table tbody tr")).isNotEmpty()
                .allSatisfy(row -> assertThat(row.select(".ft-overdue")).hasSize(1));
        assertThat(overdue.select("#ft-filter-due option[selected]").attr("value")).isEqualTo("overdue");
        assertThat(second.select("#ft-items-table tbody tr")).hasSize(1);
        assertThat(second.select("#ft-page-previous")).hasSize(1);
        assertThat(second.select("th[aria-sort=descending]").text()).isEqualTo("Page");
        assertThat(bad.select("#ft-report-problems li").text()).contains("lost");
        assertThat(bad.select("#ft-items-table tbody tr")).hasSize(overdue.select("#ft-items-table tbody tr").size());
    }

    @Test
    void spaceToolsLinkToTheReportAndShowItAsTheChosenApp() throws Exception {
        Document tools = Jsoup.parse(devhost.get("/spaces/spacetools.action?key=DEMO", "alice").body());
        String link = tools.select("#outcome-report-space-tools").attr("href");

        assertThat(link).isEqualTo(REPORT);
        Document report = report("", "alice");
        assertThat(report.select("#space-tools-heading").text()).isEqualTo("Space tools");
        assertThat(report.select("#space-tools-apps .aui-nav-selected a").text()).isEqualTo("Outcome report");
        assertThat(report.select("link[href*=report.css]")).hasSize(1);
    }
}
