package io.followthrough.devhost.actions;

import static io.followthrough.devhost.actions.ActionPages.REST;
import static io.followthrough.devhost.actions.ActionPages.action;
import static io.followthrough.devhost.actions.ActionPages.param;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followthrough.devhost.TestDevHost;
import io.followthrough.devhost.data.PageRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The commitments inbox over REST and as the ft-my-commitments macro: the right sections, pages the viewer may view only. */
class CommitmentsInboxTest {
    private static final String INBOX = REST + "/me/commitments";
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

    private static JsonNode inbox(String username) throws Exception {
        var response = devhost.get(INBOX, username);
        assertThat(response.statusCode()).isEqualTo(200);
        return MAPPER.readTree(response.body());
    }

    private static List<String> texts(JsonNode section) {
        List<String> texts = new ArrayList<>();
        section.forEach(row -> texts.add(row.get("what").asText()));
        return texts;
    }

    @Test
    void anItemMovesFromToAnswerToToDeliverWhenAcceptedAndIsOwedToItsRequester() throws Exception {
        PageRecord page = devhost.createPage("Inbox move", action("in-1", pages.user("owner", "carol")
                + param("due", "2099-05-01"), "Review the budget"));
        assertThat(texts(inbox("carol").get("toAnswer"))).contains("Review the budget");

        long id = pages.onlyItemId(page);
        assertThat(pages.move(id, "carol", "accept", 1).statusCode()).isEqualTo(200);

        JsonNode carol = inbox("carol");
        assertThat(texts(carol.get("toAnswer"))).doesNotContain("Review the budget");
        assertThat(texts(carol.get("toDeliver"))).contains("Review the budget");
        JsonNode owed = inbox("alice").get("owedToMe");
        assertThat(texts(owed)).contains("Review the budget");
        owed.forEach(row -> {
            if (row.get("what").asText().equals("Review the budget")) {
                assertThat(row.get("pageTitle").asText()).isEqualTo("Inbox move");
                assertThat(row.get("owner").get("name").asText()).isEqualTo("Carol Chen");
            }
        });
    }

    @Test
    void overdueDeliveriesComeFirst() throws Exception {
        PageRecord page = devhost.createPage("Inbox order", action("o-late", pages.user("owner", "bob") + param("due", "2099-12-01"),
                "Later work") + action("o-over", pages.user("owner", "bob") + param("due", "2020-01-01"), "Overdue work"));
        for (JsonNode item : MAPPER.readTree(pages.items(page, "bob").body())) {
            assertThat(pages.move(item.get("id").asLong(), "bob", "accept", item.get("version").asInt()).statusCode()).isEqualTo(200);
        }

        JsonNode toDeliver = inbox("bob").get("toDeliver");

        assertThat(toDeliver.get(0).get("what").asText()).isEqualTo("Overdue work");
        assertThat(toDeliver.get(0).get("overdue").asBoolean()).isTrue();
    }

    @Test
    void anOwnerDoesNotSeeItemsOnPagesTheyMayNotView() throws Exception {
        PageRecord hidden = devhost.createPage("Inbox hidden", action("h-1", pages.user("owner", "dave"), "Secret errand"));
        devhost.host().app().pages().restrictViewing(hidden.id(), Set.of("alice", "bob"));
        devhost.createPage("Inbox visible", action("v-1", pages.user("owner", "dave"), "Open errand"));

        assertThat(texts(inbox("dave").get("toAnswer"))).contains("Open errand").doesNotContain("Secret errand");
    }

    @Test
    void anonymousCallersMustLogIn() throws Exception {
        assertThat(devhost.get(INBOX, null).statusCode()).isEqualTo(401);
    }

    @Test
    void theMacroShowsEachViewerTheirOwnCommitments() throws Exception {
        devhost.createPage("Macro errand", action("m-1", pages.user("owner", "carol"), "Book the venue"));
        PageRecord dashboard = devhost.createPage("My dashboard",
                "<ac:structured-macro ac:name=\"ft-my-commitments\" ac:macro-id=\"inbox-1\"/>");

        Document carol = Jsoup.parse(devhost.viewPage(dashboard, "carol").body());
        Document bob = Jsoup.parse(devhost.viewPage(dashboard, "bob").body());

        assertThat(carol.select(".ft-inbox-section[data-section=to-answer] .ft-inbox-item").text()).contains("Book the venue");
        assertThat(carol.select(".ft-inbox-section[data-section=to-answer] a").eachAttr("href"))
                .allMatch(href -> href.startsWith("/pages/viewpage.action?pageId="));
        assertThat(bob.select(".ft-inbox").text()).doesNotContain("Book the venue");
        assertThat(bob.select(".ft-inbox-section")).hasSize(4);
        assertThat(carol.select("link[href*=report.css]")).hasSize(1);
    }
}
