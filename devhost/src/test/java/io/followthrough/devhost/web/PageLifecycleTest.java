package io.followthrough.devhost.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.confluence.spaces.Space;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followthrough.devhost.FixturePlugin;
import io.followthrough.devhost.FormSession;
import io.followthrough.devhost.TestDevHost;
import io.followthrough.devhost.data.PageRecord;
import io.followthrough.devhost.data.PageRecord.PageStatus;
import io.followthrough.devhost.data.SpacePermission;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Saving, trashing, restoring, purging and moving pages through the host's forms, with the
 * permissions Confluence applies, and the page events the fixture plugin's listener hears.
 */
class PageLifecycleTest {
    private static TestDevHost devhost;
    private static Space other;

    @BeforeAll
    static void start() throws Exception {
        devhost = TestDevHost.start(FixturePlugin.jar(), Files.createTempDirectory("devhost-lifecycle"), true);
        devhost.host().app().users().create("erin", "Erin Reader", "erin@example.com", "erin", false);
        devhost.host().app().spaces().grant(devhost.demoSpace(), "erin", SpacePermission.VIEW);
        other = devhost.host().app().spaces().create("OTHER", "Other space");
        devhost.host().app().spaces().grant(other, "bob", SpacePermission.EDIT);
        devhost.host().app().spaces().grant(other, "carol", SpacePermission.VIEW);
    }

    @AfterAll
    static void stop() throws Exception {
        devhost.close();
    }

    private static List<String> heard(long pageId) throws Exception {
        String json = devhost.get("/rest/fixture/1.0/data/events", null).body();
        return new ObjectMapper().readValue(json, new TypeReference<List<String>>() { }).stream()
                .filter(line -> line.split(" ")[1].equals(String.valueOf(pageId)))
                .toList();
    }

    private static PageRecord page(String title) {
        return devhost.host().app().pages().byTitle(devhost.demoSpace().getId(), title).orElseThrow();
    }

    private static HttpResponse<String> save(FormSession session, String editor, Map<String, String> fields) throws Exception {
        return session.submit(editor, "/pages/doeditpage.action", fields);
    }

    @Test
    void savingANewPageAndThenANewVersionTellsListenersWhoSavedWhat() throws Exception {
        HttpResponse<String> created = save(new FormSession(devhost, "bob"), "/pages/createpage.action?spaceKey=DEMO",
                Map.of("spaceKey", "DEMO", "pageId", "-1", "originalVersion", "0", "title", "Plan", "body", "<p>one</p>"));
        PageRecord plan = page("Plan");
        HttpResponse<String> updated = save(new FormSession(devhost, "carol"), "/pages/editpage.action?pageId=" + plan.id(),
                Map.of("spaceKey", "DEMO", "pageId", String.valueOf(plan.id()), "originalVersion", "1",
                        "title", "Plan B", "body", "<p>two</p>"));

        // The fixture's failing listener throws on every page event; the saves succeed all the same.
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(updated.statusCode()).isEqualTo(302);
        assertThat(heard(plan.id())).containsExactly(
                "create " + plan.id() + " 'Plan' in DEMO v1 by bob created by bob body <p>one</p>",
                "update " + plan.id() + " 'Plan B' in DEMO v2 by carol created by bob body <p>two</p> from v1 'Plan'");
    }

    @Test
    void editorsTrashPagesAndSpaceAdminsRestoreAndPurgeThem() throws Exception {
        PageRecord page = devhost.createPage("Short-lived", "<p>x</p>");
        String view = "/pages/viewpage.action?pageId=" + page.id();
        Map<String, String> id = Map.of("pageId", String.valueOf(page.id()));
        FormSession bob = new FormSession(devhost, "bob");
        FormSession alice = new FormSession(devhost, "alice");

        assertThat(bob.submit(view, "/pages/trashpage.action", id).statusCode()).isEqualTo(302);
        assertThat(devhost.viewPage(page, "bob").statusCode()).isEqualTo(404);
        assertThat(bob.get("/pages/viewtrash.action?key=DEMO").statusCode()).as("only space admins see the trash").isEqualTo(404);
        assertThat(Jsoup.parse(alice.get("/pages/viewtrash.action?key=DEMO").body()).select("#trash-contents tr[data-page-id]")
                .eachAttr("data-page-id")).contains(String.valueOf(page.id()));
        assertThat(alice.submit("/pages/viewtrash.action?key=DEMO", "/pages/restoretrashitem.action", id).statusCode()).isEqualTo(302);
        assertThat(devhost.viewPage(page, "bob").statusCode()).isEqualTo(200);
        bob.submit(view, "/pages/trashpage.action", id);
        assertThat(alice.submit("/pages/viewtrash.action?key=DEMO", "/pages/purgetrashitem.action", id).statusCode()).isEqualTo(302);

        assertThat(devhost.host().app().pages().byId(page.id())).isEmpty();
        assertThat(heard(page.id())).extracting(line -> line.split(" ")[0])
                .containsExactly("create", "trash", "restore", "trash", "remove");
        assertThat(heard(page.id()).get(4)).startsWith("remove " + page.id() + " 'Short-lived' in DEMO v1 by alice");
    }

    @Test
    void onlyThoseWhoMayEditTrashAndOnlySpaceAdminsRestoreOrPurge() throws Exception {
        PageRecord page = devhost.createPage("Keep me", "<p>x</p>");
        Map<String, String> id = Map.of("pageId", String.valueOf(page.id()));
        FormSession erin = new FormSession(devhost, "erin");
        FormSession bob = new FormSession(devhost, "bob");

        String view = "/pages/viewpage.action?pageId=" + page.id();
        assertThat(Jsoup.parse(erin.get(view).body()).select("#action-remove-content")).isEmpty();
        assertThat(erin.submit(view, "/pages/trashpage.action", id).statusCode()).isEqualTo(404);
        bob.submit(view, "/pages/trashpage.action", id);
        String anyPage = "/pages/viewpage.action?pageId=" + devhost.createPage("Elsewhere", "<p>y</p>").id();
        assertThat(bob.submit(anyPage, "/pages/restoretrashitem.action", id).statusCode()).isEqualTo(404);
        assertThat(bob.submit(anyPage, "/pages/purgetrashitem.action", id).statusCode()).isEqualTo(404);

        assertThat(devhost.host().app().pages().byId(page.id()).orElseThrow().status()).isEqualTo(PageStatus.TRASHED);
    }

    @Test
    void aFormPostWithoutTheSessionTokenIsRefused() throws Exception {
        PageRecord page = devhost.createPage("Guarded", "<p>x</p>");

        HttpResponse<String> response = new FormSession(devhost, "bob").post("/pages/trashpage.action",
                Map.of("pageId", String.valueOf(page.id()), "atl_token", "forged"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(devhost.host().app().pages().byId(page.id()).orElseThrow().status()).isEqualTo(PageStatus.CURRENT);
    }

    @Test
    void movingAPageToAnotherSpaceTellsListenersTheOldAndNewSpace() throws Exception {
        PageRecord page = devhost.createPage("Traveller", "<p>x</p>");
        FormSession bob = new FormSession(devhost, "bob");
        String form = "/pages/movepage.action?pageId=" + page.id();

        assertThat(Jsoup.parse(bob.get(form).body()).select("#move-space option").eachAttr("value")).containsExactly("OTHER");
        assertThat(Jsoup.parse(new FormSession(devhost, "carol").get(form).body()).select("#move-space option")).isEmpty();
        HttpResponse<String> moved = bob.submit(form, "/pages/domovepage.action",
                Map.of("pageId", String.valueOf(page.id()), "spaceKey", "OTHER"));

        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(302);
        assertThat(devhost.host().app().pages().byId(page.id()).orElseThrow().spaceId()).isEqualTo(other.getId());
        assertThat(heard(page.id())).last().isEqualTo(
                "move " + page.id() + " 'Traveller' in OTHER v1 by alice created by alice body <p>x</p> from DEMO (other space)");
    }

    @Test
    void aPageCannotMoveWhereItsTitleIsTaken() throws Exception {
        devhost.host().app().operations().create(other, "Twin", "<p>there</p>", devhost.user("bob"));
        PageRecord page = devhost.createPage("Twin", "<p>here</p>");
        FormSession bob = new FormSession(devhost, "bob");

        HttpResponse<String> response = bob.submit("/pages/movepage.action?pageId=" + page.id(), "/pages/domovepage.action",
                Map.of("pageId", String.valueOf(page.id()), "spaceKey", "OTHER"));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(response.body()).select("#move-error").text()).contains("already exists");
        assertThat(devhost.host().app().pages().byId(page.id()).orElseThrow().spaceId()).isEqualTo(devhost.demoSpace().getId());
    }

    @Test
    void pageAndSpaceManagersShowThePluginTheSpacesCurrentPages() throws Exception {
        PageRecord trashed = devhost.createPage("Gone soon", "<p>x</p>");
        devhost.host().app().operations().trash(trashed.id(), devhost.user("alice"));

        String titles = devhost.get("/rest/fixture/1.0/data/spaces/DEMO/pages", null).body();

        assertThat(titles).contains("\"Getting started\"", "\"Board pack (restricted)\"").doesNotContain("Gone soon");
        assertThat(devhost.get("/rest/fixture/1.0/data/spaces/NOPE/pages", null).body()).isEqualTo("[]");
    }
}
