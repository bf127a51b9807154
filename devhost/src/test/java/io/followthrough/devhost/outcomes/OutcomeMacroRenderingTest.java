package io.followthrough.devhost.outcomes;

import static io.followthrough.devhost.actions.ActionPages.action;
import static io.followthrough.devhost.actions.ActionPages.param;
import static io.followthrough.devhost.outcomes.OutcomePages.outcome;
import static io.followthrough.devhost.outcomes.OutcomePages.purpose;
import static org.assertj.core.api.Assertions.assertThat;

import io.followthrough.devhost.TestDevHost;
import io.followthrough.devhost.data.PageRecord;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ft-outcome macro as the page shows it: status, roll-up of its action items, bad input as
 * inline messages, the purpose's summary, and a constant number of queries per page.
 */
class OutcomeMacroRenderingTest {
    private static TestDevHost devhost;
    private static OutcomePages pages;

    @BeforeAll
    static void start() throws Exception {
        devhost = TestDevHost.start();
        pages = new OutcomePages(devhost);
    }

    @AfterAll
    static void stop() throws Exception {
        devhost.close();
    }

    private static Document view(PageRecord page, String username) throws Exception {
        HttpResponse<String> response = devhost.viewPage(page, username);
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private static Document view(String title, String storage) throws Exception {
        return view(devhost.createPage(title, storage), "bob");
    }

    @Test
    void showsTitleStatusOwnerDueMeasureAndDescription() throws Exception {
        Document doc = view(pages.carolsOutcome("Shown"), "bob");

        Element outcome = doc.selectFirst(".ft-outcome");
        assertThat(outcome.select(".ft-outcome-title").text()).isEqualTo("Launch");
        assertThat(outcome.select(".ft-status").text()).isEqualTo("Planned");
        assertThat(outcome.select(".ft-owner").text()).isEqualTo("Owner: Carol Chen");
        assertThat(outcome.select(".ft-due").text()).isEqualTo("Due 30 Jun 2099");
        assertThat(outcome.select(".ft-measure").text()).isEqualTo("Measure: 100 customers live");
        assertThat(outcome.select(".ft-outcome-body").text()).isEqualTo("The public launch.");
        assertThat(outcome.select(".ft-set-status")).as("bob neither owns nor sponsors it").isEmpty();
        assertThat(view(pages.carolsOutcome("Shown to carol"), "carol").select(".ft-outcome .ft-set-status")).hasSize(1);
    }

    @Test
    void rollsUpTheLinkedActionItemsAndSaysWhenNoAcceptedOneBacksTheOutcome() throws Exception {
        LocalDate today = LocalDate.now();
        PageRecord page = devhost.createPage("Rolled up", outcome("o-roll", param("title", "Pilot") + pages.user("owner", "carol"), "x")
                + action("r1", pages.user("owner", "bob") + param("outcome", "Pilot") + param("due", today.minusDays(2).toString()), "Late")
                + action("r2", pages.user("owner", "carol") + param("outcome", "Pilot") + param("due", today.plusDays(5).toString()), "Next")
                + action("r3", pages.user("owner", "bob") + param("due", today.plusDays(1).toString()), "Not linked"));

        Element outcome = view(page, "bob").selectFirst(".ft-outcome");
        assertThat(outcome.select(".ft-rollup-total").text()).isEqualTo("Action items: 2");
        assertThat(outcome.select(".ft-rollup-state").eachText()).containsExactly("Requested: 2");
        assertThat(outcome.select(".ft-rollup-overdue").text()).isEqualTo("1 overdue");
        assertThat(outcome.select(".ft-next-due").text()).isEqualTo("Next due " + day(today.plusDays(5)));
        assertThat(outcome.select(".ft-unbacked").text()).contains("No accepted action item");

        long itemId = Long.parseLong(view(page, "carol").selectFirst(".ft-action[data-macro-id=r2]").attr("data-item-id"));
        devhost.send(devhost.request(OutcomePages.REST + "/items/" + itemId + "/moves", "carol")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"move\":\"accept\",\"expectedVersion\":1}")));

        Element backed = view(page, "bob").selectFirst(".ft-outcome");
        assertThat(backed.select(".ft-unbacked")).isEmpty();
        assertThat(backed.select(".ft-rollup-state").eachText()).containsExactly("Requested: 1", "Accepted: 1");
    }

    @Test
    void anOutcomeWithoutActionItemsSaysHowToLinkOne() throws Exception {
        Element outcome = view("Alone", outcome("o-alone", param("title", "Alone"), "x")).selectFirst(".ft-outcome");

        assertThat(outcome.select(".ft-no-actions").text()).contains("Name its title in the Outcome setting");
        assertThat(outcome.select(".ft-owner").text()).contains("sponsor");
    }

    @Test
    void duplicateTitlesAreReportedOnTheLaterOutcomeOnly() throws Exception {
        Document doc = view("Duplicates", outcome("d1", param("title", "Launch"), "First")
                + outcome("d2", param("title", "Launch"), "Second"));

        assertThat(doc.select(".ft-outcome").get(0).select(".aui-message-error")).isEmpty();
        assertThat(doc.select(".ft-outcome").get(1).select(".aui-message-error").text())
                .contains("Launch").contains("already uses");
        assertThat(doc.select(".ft-outcome").get(1).select(".ft-untracked")).hasSize(1);
    }

    @Test
    void anUnknownOwnerABadDateAndOverlongFieldsAreNamed() throws Exception {
        Document doc = view("Bad outcome", outcome("b1", param("title", "t".repeat(300)) + param("owner", "mallory")
                + param("due", "31.12.2099") + param("measure", "m".repeat(256)), "x"));

        assertThat(doc.select(".ft-outcome .aui-message-error li").eachText()).hasSize(4)
                .anyMatch(t -> t.contains("Title") && t.contains("too long"))
                .anyMatch(t -> t.contains("mallory"))
                .anyMatch(t -> t.contains("31.12.2099") && t.contains("yyyy-MM-dd"))
                .anyMatch(t -> t.contains("Measure") && t.contains("too long"));
        assertThat(doc.select(".ft-outcome .ft-untracked")).hasSize(1);
    }

    @Test
    void aMissingTitleAndACopiedMacroIdAreReported() throws Exception {
        Document doc = view("Copies and gaps", outcome("c1", param("title", "Original"), "First")
                + outcome("c1", param("title", "Copied"), "Copy") + outcome("c3", "", "No title"));

        assertThat(doc.select(".ft-outcome").get(0).select(".aui-message-error")).isEmpty();
        assertThat(doc.select(".ft-outcome").get(1).select(".ft-copy").text()).contains("copy of another expected outcome");
        assertThat(doc.select(".ft-outcome").get(2).select(".aui-message-error").text()).contains("Title").contains("required");
    }

    @Test
    void markupInParametersBodyAndNotesIsEscapedOrRemoved() throws Exception {
        PageRecord page = devhost.createPage("Hostile outcome", outcome("h1", param("title", "&lt;img src=x onerror=alert(1)&gt;")
                + pages.user("owner", "carol") + param("measure", "&lt;script&gt;x()&lt;/script&gt;"),
                "Text<script>window.pwned=1</script>"));
        long id = pages.onlyOutcomeId(page);
        pages.setStatus(id, "carol", "at-risk", "<img src=y onerror=alert(2)>", 1);

        Document doc = view(page, "carol");

        assertThat(doc.select(".ft-outcome script, .ft-outcome img")).isEmpty();
        assertThat(doc.select(".ft-outcome .ft-outcome-title").text()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(doc.select(".ft-outcome .ft-latest-note").text()).isEqualTo("<img src=y onerror=alert(2)>");
        assertThat(doc.select(".ft-outcome template").html()).doesNotContain("<img");
    }

    @Test
    void anActionNamingAnUnknownOutcomeListsTheOutcomesOnThePage() throws Exception {
        Document doc = view("Unknown link", outcome("u1", param("title", "Launch"), "x") + outcome("u2", param("title", "Pilot"), "y")
                + action("ua", pages.user("owner", "bob") + param("outcome", "World peace"), "Do it"));
        Document none = view("Unknown link, no outcomes", action("ub", pages.user("owner", "bob") + param("outcome", "Launch"), "Do it"));

        assertThat(doc.select(".ft-action .aui-message-error").text()).contains("World peace")
                .contains("Expected outcomes on this page: \u201cLaunch\u201d, \u201cPilot\u201d.");
        assertThat(none.select(".ft-action .ft-outcome-choices").text()).contains("no expected outcomes");
    }

    @Test
    void thePurposeShowsHowThePagesOutcomesStand() throws Exception {
        PageRecord page = devhost.createPage("Summary", purpose("ps", pages.user("sponsor", "alice") + param("until", "2099-12-31"), "Why")
                + outcome("s1", param("title", "Launch") + param("due", "2000-01-01"), "x")
                + outcome("s2", param("title", "Pilot"), "y") + outcome("s3", param("title", "Docs"), "z"));
        pages.setStatus(Long.parseLong(view(page, "alice").select(".ft-outcome").get(1).attr("data-outcome-id")), "alice",
                "on-track", "", 1);

        Element purpose = view(page, "bob").selectFirst(".ft-purpose");

        assertThat(purpose.select(".ft-outcome-count").eachText()).containsExactly("Planned: 2", "On track: 1");
        assertThat(purpose.select(".ft-outcomes-overdue").text()).isEqualTo("1 overdue");
        assertThat(purpose.select(".ft-outcomes-unbacked").text()).isEqualTo("3 without an accepted action item");
        assertThat(purpose.select(".ft-outcome-list li").eachText())
                .containsExactly("Planned Launch Overdue", "On track Pilot", "Planned Docs");
        assertThat(view("No outcomes", purpose("pn", pages.user("sponsor", "alice") + param("until", "2099-12-31"), "Why"))
                .select(".ft-purpose-outcomes .ft-empty").text()).contains("No expected outcomes");
    }

    @Test
    void renderingAPageOf200OutcomesAnd200ActionsCostsAsManyQueriesAsAPageOfOneOfEach() throws Exception {
        String purposeMacro = purpose("pq", pages.user("sponsor", "alice") + param("until", "2099-12-31"), "Why");
        StringBuilder many = new StringBuilder(purposeMacro);
        for (int i = 0; i < 200; i++) {
            many.append(outcome("mo-" + i, param("title", "Outcome " + i) + pages.user("owner", "carol"), "Outcome " + i));
            many.append(action("ma-" + i, pages.user("owner", "bob") + param("outcome", "Outcome " + i), "Task " + i));
        }
        PageRecord one = devhost.createPage("One of each", purposeMacro
                + outcome("oo-0", param("title", "Outcome") + pages.user("owner", "carol"), "Outcome")
                + action("oa-0", pages.user("owner", "bob") + param("outcome", "Outcome"), "Task"));
        PageRecord twoHundred = devhost.createPage("Two hundred of each", many.toString());
        devhost.viewPage(one, "carol");

        long forOne = statementsToView(one);
        long forTwoHundred = statementsToView(twoHundred);

        Document doc = view(twoHundred, "carol");
        assertThat(doc.select(".ft-outcome-live[data-outcome-id]")).hasSize(200);
        assertThat(doc.select(".ft-outcome .ft-rollup-total").eachText()).hasSize(200).allMatch("Action items: 1"::equals);
        assertThat(forOne).isPositive();
        assertThat(forTwoHundred).isEqualTo(forOne);
    }

    private static long statementsToView(PageRecord page) throws Exception {
        long before = devhost.host().pluginStatements().count();
        assertThat(devhost.viewPage(page, "carol").statusCode()).isEqualTo(200);
        return devhost.host().pluginStatements().count() - before;
    }

    private static String day(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH));
    }
}
