package io.followthrough.devhost.actions;

import static io.followthrough.devhost.actions.ActionPages.REST;
import static io.followthrough.devhost.actions.ActionPages.action;
import static io.followthrough.devhost.actions.ActionPages.macro;
import static io.followthrough.devhost.actions.ActionPages.param;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.confluence.spaces.Space;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followthrough.devhost.TestDevHost;
import io.followthrough.devhost.data.PageRecord;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
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
        assertThat(second.select("#ft-filters input[name=sort]").attr("value")).as("the filter form keeps the order")
                .isEqualTo("-page");
        assertThat(overdue.select("#ft-filters input[name=sort]")).as("no order asked for, none kept").isEmpty();
        Document hostile = report("&sort=%22%3E%3Cb%3Ebold", "alice");
        assertThat(hostile.select("#ft-filters input[name=sort]")).as("an order that is not one is not kept").isEmpty();
        assertThat(hostile.select("#ft-filters b, #ft-items b")).isEmpty();
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

    @Test
    void theOutcomesTableShowsTwentyFiveAPageWhileItsCountsCoverEveryOutcome() throws Exception {
        Space space = pages.spaceAdministeredByAlice("GOALS", "Goals space");
        devhost.host().app().operations().create(space, "Quarter goals", ActionPages.outcomes(26), devhost.user("alice"));
        String goals = "/plugins/servlet/followthrough/report?spaceKey=GOALS";

        Document first = Jsoup.parse(devhost.get(goals, "alice").body());
        Document second = Jsoup.parse(devhost.get(goals + "&outcomesPage=2&due=overdue", "alice").body());
        JsonNode json = MAPPER.readTree(devhost.get(REST + "/spaces/GOALS/report?outcomesPage=2", "alice").body());

        assertThat(first.select("#ft-outcomes-table tbody tr")).hasSize(25);
        assertThat(first.select("#ft-outcomes-count").text()).isEqualTo("26 expected outcomes, page 1 of 2");
        assertThat(first.select("#ft-outcomes-next").attr("href")).endsWith("outcomesPage=2#ft-outcomes");
        assertThat(second.select("#ft-outcomes-table tbody tr td:first-child").eachText()).containsExactly("Outcome 26");
        assertThat(second.select("#ft-outcomes-previous").attr("href")).as("the other parameters are kept")
                .startsWith(goals).contains("&outcomesPage=1").contains("&due=overdue").endsWith("#ft-outcomes");
        assertThat(second.select("#ft-outcomes-next")).isEmpty();
        assertThat(second.select(".ft-outcome-counts .aui-lozenge").eachText()).containsExactly("Planned: 26");
        assertThat(second.select(".ft-outcome-attention").text()).isEqualTo("Without an accepted action: 26 · Overdue: 0");
        assertThat(json.at("/outcomes/total").asInt()).isEqualTo(26);
        assertThat(json.at("/outcomes/page").asInt()).isEqualTo(2);
        assertThat(json.at("/outcomes/pages").asInt()).isEqualTo(2);
        assertThat(json.at("/outcomes/size").asInt()).isEqualTo(25);
        assertThat(json.at("/outcomes/outcomes")).hasSize(1);
        assertThat(json.at("/outcomes/outcomes/0/title").asText()).isEqualTo("Outcome 26");
        assertThat(json.at("/outcomes/byStatus/planned").asInt()).isEqualTo(26);
        assertThat(json.at("/outcomes/withoutAcceptedAction").asInt()).isEqualTo(26);
    }

    @Test
    void aBadTablePageIsNamedOnThePageAndRefusedOverRest() throws Exception {
        Document page = report("&outcomesPage=second&purposesPage=0", "alice");
        HttpResponse<String> rest = devhost.get(JSON + "?outcomesPage=second", "alice");

        assertThat(page.select("#ft-report-problems li").eachText()).containsExactlyInAnyOrder(
                "\u201cPage of expected outcomes\u201d is \u201csecond\u201d, which is not one of the allowed values. Edit the macro and pick one.",
                "\u201cPage of purposes\u201d is \u201c0\u201d, which is not one of the allowed values. Edit the macro and pick one.");
        assertThat(page.select("#ft-purposes-table tbody tr")).as("the first page is shown instead").isNotEmpty();
        assertThat(rest.statusCode()).isEqualTo(400);
        assertThat(MAPPER.readTree(rest.body()).get("field").asText()).isEqualTo("outcomesPage");
        assertThat(MAPPER.readTree(rest.body()).get("error").asText()).contains("second");
    }

    @Test
    void thePurposesComeExpiredFirstTwentyFiveAPageWithCountsOfThemAll() throws Exception {
        Space space = pages.spaceAdministeredByAlice("AIMS", "Aims space");
        for (int i = 1; i <= 26; i++) {
            devhost.host().app().operations().create(space, String.format("Aim %02d", i), macro("ft-purpose", "p-" + i,
                    pages.user("sponsor", "alice") + param("until", i == 26 ? "2020-01-01" : "2099-12-31"), "Why"),
                    devhost.user("alice"));
        }

        JsonNode first = MAPPER.readTree(devhost.get(REST + "/spaces/AIMS/report", "alice").body());
        JsonNode second = MAPPER.readTree(devhost.get(REST + "/spaces/AIMS/report?purposesPage=2", "alice").body());
        Document page = Jsoup.parse(devhost.get("/plugins/servlet/followthrough/report?spaceKey=AIMS&purposesPage=2", "alice")
                .body());

        assertThat(first.get("purposes")).hasSize(25);
        assertThat(first.at("/purposes/0/pageTitle").asText()).as("the expired one first").isEqualTo("Aim 26");
        assertThat(first.at("/purposesPage/total").asInt()).isEqualTo(26);
        assertThat(first.at("/purposesPage/pages").asInt()).isEqualTo(2);
        assertThat(first.at("/purposesPage/size").asInt()).isEqualTo(25);
        assertThat(first.at("/purposesPage/expired").asInt()).isEqualTo(1);
        assertThat(first.at("/purposesPage/reviewDue").asInt()).isZero();
        assertThat(second.at("/purposesPage/page").asInt()).isEqualTo(2);
        assertThat(second.get("purposes")).hasSize(1);
        assertThat(second.at("/purposes/0/pageTitle").asText()).as("the 26th row").isEqualTo("Aim 25");
        assertThat(page.select("#ft-purposes-table tbody tr td:first-child").eachText()).containsExactly("Aim 25");
        assertThat(page.select("#ft-purposes-count").text()).isEqualTo("26 purposes, page 2 of 2");
        assertThat(page.select(".ft-purpose-counts").text()).isEqualTo("Expired: 1 · Review due: 0");
        assertThat(page.select("#ft-purposes-previous").attr("href")).endsWith("purposesPage=1#ft-purposes");
    }

    @Test
    void aSpaceWithMoreThanTwoHundredPagesWithItemsTakesAPageTitleInsteadOfListingThem() throws Exception {
        Space space = pages.spaceAdministeredByAlice("WIDE", "Wide space");
        for (int p = 1; p <= 201; p++) {
            devhost.host().app().operations().create(space, "Page " + p, action("w-" + p, pages.user("owner", "bob"),
                    "Task on page " + p), devhost.user("alice"));
        }
        String wide = "/plugins/servlet/followthrough/report?spaceKey=WIDE";

        Document all = Jsoup.parse(devhost.get(wide, "alice").body());
        Document one = Jsoup.parse(devhost.get(wide + "&pageTitle=page+150", "alice").body());
        Document unknown = Jsoup.parse(devhost.get(wide + "&pageTitle=%22%3E%3Cb%3ENowhere", "alice").body());
        HttpResponse<String> rest = devhost.get(REST + "/spaces/WIDE/report?pageTitle=Nowhere", "alice");

        assertThat(all.select("#ft-filter-pageId")).isEmpty();
        assertThat(all.select("input#ft-filter-pageTitle").attr("placeholder")).isEqualTo("Type the title of one of 201 pages");
        assertThat(all.select("#ft-items-count").text()).startsWith("201 items");
        assertThat(one.select("#ft-items-table td.ft-col-page").eachText()).containsExactly("Page 150");
        assertThat(one.select("input#ft-filter-pageTitle").val()).isEqualTo("Page 150");
        assertThat(unknown.select("#ft-report-problems li").text()).contains("\u201c\"><b>Nowhere\u201d, which is not the title of a page");
        assertThat(unknown.select("#ft-report b")).as("escaped in the message and the field").isEmpty();
        assertThat(unknown.select("input#ft-filter-pageTitle").val()).as("kept to correct").isEqualTo("\"><b>Nowhere");
        assertThat(unknown.select("#ft-items-count").text()).startsWith("201 items");
        assertThat(rest.statusCode()).isEqualTo(400);
        assertThat(MAPPER.readTree(rest.body()).get("field").asText()).isEqualTo("pageTitle");
    }

    @Test
    void aMatrixOfMoreThanTwelveOwnersShowsTheTwelveWithTheMostItemsAndAddsUpEveryoneElse() throws Exception {
        Space space = pages.spaceAdministeredByAlice("CROWD", "Crowded space");
        devhost.host().app().operations().create(space, "Everyone's tasks", pages.itemsOfNewOwners("member", "Member", 14),
                devhost.user("alice"));

        Document page = Jsoup.parse(devhost.get("/plugins/servlet/followthrough/report?spaceKey=CROWD", "alice").body());
        JsonNode matrix = MAPPER.readTree(devhost.get(REST + "/spaces/CROWD/report", "alice").body()).get("matrix");

        assertThat(page.select("#ft-matrix thead th.ft-matrix-owner").eachText()).as("equal counts go by name").hasSize(13)
                .startsWith("Member 01").endsWith("Member 12", "Everyone else");
        assertThat(page.select("#ft-matrix-shown").text())
                .startsWith("Showing the 1 of 1 requesters and the 12 of 14 owners with the most items.");
        Elements cells = page.select("#ft-matrix tbody tr").get(0).select("td");
        assertThat(cells.get(0).select("a").attr("href")).contains("owner=" + devhost.user("member01").key().getStringValue());
        assertThat(cells.last().select("a")).as("everyone else has no single filter").isEmpty();
        assertThat(cells.last().select(".ft-cell").attr("aria-label")).isEqualTo("2 open of 2 items");
        assertThat(page.select("#ft-filter-owner option")).as("the filter still offers every owner").hasSize(1 + 14);
        assertThat(matrix.get("owners")).hasSize(12);
        assertThat(matrix.get("ownerCount").asInt()).isEqualTo(14);
        assertThat(matrix.get("requesterCount").asInt()).isEqualTo(1);
        List<JsonNode> others = new ArrayList<>();
        matrix.get("cells").forEach(cell -> {
            if (cell.get("owner").isNull()) {
                others.add(cell);
            }
        });
        assertThat(others).hasSize(1);
        assertThat(others.get(0).get("requester").asText()).isEqualTo(devhost.user("alice").key().getStringValue());
        assertThat(others.get(0).at("/byState/requested").asInt()).isEqualTo(2);
        assertThat(matrix.findValues("total").stream().mapToInt(JsonNode::asInt).sum()).isEqualTo(14);
    }
}
