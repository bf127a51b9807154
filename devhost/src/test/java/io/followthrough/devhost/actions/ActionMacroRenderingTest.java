package io.followthrough.devhost.actions;

import static io.followthrough.devhost.actions.ActionPages.action;
import static io.followthrough.devhost.actions.ActionPages.param;
import static org.assertj.core.api.Assertions.assertThat;

import io.followthrough.devhost.TestDevHost;
import io.followthrough.devhost.data.PageRecord;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad ft-action input renders inline messages, never an error page; a page's items cost a constant number of queries. */
class ActionMacroRenderingTest {
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

    private static Document view(String title, String storage) throws Exception {
        PageRecord page = devhost.createPage(title, storage);
        HttpResponse<String> response = devhost.viewPage(page, "bob");
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    @Test
    void aMissingOwnerIsNamed() throws Exception {
        Document doc = view("No owner", action("a1", param("due", "2099-01-01"), "Do it"));

        assertThat(doc.select(".ft-action .aui-message-error li").text()).contains("Owner").contains("required");
        assertThat(doc.select(".ft-action .ft-untracked")).hasSize(1);
    }

    @Test
    void anUnknownUserIsNamed() throws Exception {
        Document doc = view("Unknown user", action("a2", param("owner", "mallory") + param("requester", "trudy"), "Do it"));

        assertThat(doc.select(".ft-action .aui-message-error li").eachText())
                .anyMatch(t -> t.contains("mallory")).anyMatch(t -> t.contains("trudy"));
    }

    @Test
    void aBadDateIsNamed() throws Exception {
        Document doc = view("Bad due", action("a3", pages.user("owner", "bob") + param("due", "31.12.2099"), "Do it"));

        assertThat(doc.select(".ft-action .aui-message-error").text()).contains("31.12.2099").contains("yyyy-MM-dd");
    }

    @Test
    void anUnknownOutcomeIsNamed() throws Exception {
        Document doc = view("Unknown outcome", action("a4", pages.user("owner", "bob") + param("outcome", "World peace"), "Do it"));

        assertThat(doc.select(".ft-action .aui-message-error").text()).contains("World peace").contains("not on this page");
        assertThat(doc.select(".ft-action .ft-state").text()).as("still tracked").isEqualTo("Requested");
    }

    @Test
    void aCopiedMacroIdIsReportedOnTheCopyOnly() throws Exception {
        Document doc = view("Copies", action("same", pages.user("owner", "bob"), "First")
                + action("same", pages.user("owner", "carol"), "Copy"));

        assertThat(doc.select(".ft-action").get(0).select(".aui-message-error")).isEmpty();
        assertThat(doc.select(".ft-action").get(1).select(".aui-message-error").text()).contains("copy of another action item");
    }

    @Test
    void markupInParametersAndBodyIsEscapedOrRemoved() throws Exception {
        Document doc = view("Hostile action", action("a6", param("owner", "&lt;img src=x onerror=alert(1)&gt;")
                + param("due", "&lt;script&gt;x()&lt;/script&gt;"), "Text<script>window.pwned=1</script>"));

        assertThat(doc.select(".ft-action script, .ft-action img")).isEmpty();
        assertThat(doc.select(".ft-action .aui-message-error").text()).contains("<img src=x onerror=alert(1)>");
    }

    @Test
    void macrosWithoutIdsAreTrackedUnderTheirFallbackIds() throws Exception {
        Document doc = view("No ids", action(null, pages.user("owner", "bob"), "One")
                + action(null, pages.user("owner", "carol"), "Two"));

        assertThat(doc.select(".ft-action").eachAttr("data-macro-id")).hasSize(2).allMatch(id -> id.startsWith("fallback-"));
        assertThat(doc.select(".ft-action .ft-state").eachText()).containsExactly("Requested", "Requested");
        assertThat(doc.select(".ft-action .ft-owner").eachText()).containsExactly("Owner: Bob Baker", "Owner: Carol Chen");
    }

    @Test
    void renderingAPageOf200ActionsCostsAsManyQueriesAsAPageOfOne() throws Exception {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            many.append(action("many-" + i, pages.user("owner", i % 2 == 0 ? "bob" : "carol"), "Task " + i));
        }
        PageRecord one = devhost.createPage("One action", action("one-0", pages.user("owner", "bob"), "Task"));
        PageRecord twoHundred = devhost.createPage("Two hundred actions", many.toString());
        devhost.viewPage(one, "bob");

        long forOne = statementsToView(one);
        long forTwoHundred = statementsToView(twoHundred);

        assertThat(Jsoup.parse(devhost.viewPage(twoHundred, "bob").body()).select(".ft-action-item[data-item-id]")).hasSize(200);
        assertThat(forOne).isPositive();
        assertThat(forTwoHundred).isEqualTo(forOne);
    }

    private static long statementsToView(PageRecord page) throws Exception {
        long before = devhost.host().pluginStatements().count();
        assertThat(devhost.viewPage(page, "bob").statusCode()).isEqualTo(200);
        return devhost.host().pluginStatements().count() - before;
    }
}
