package io.followthrough.devhost.outcomes;

import static io.followthrough.devhost.actions.ActionPages.action;
import static io.followthrough.devhost.actions.ActionPages.param;
import static io.followthrough.devhost.outcomes.OutcomePages.REST;
import static io.followthrough.devhost.outcomes.OutcomePages.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.confluence.spaces.Space;
import io.followthrough.devhost.TestDevHost;
import io.followthrough.devhost.data.PageRecord;
import io.followthrough.devhost.data.SpacePermission;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Expected outcomes through the real plugin jar: page sync, status updates with their codes, renames, page lifecycle. */
class OutcomeRestTest {
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

    @Test
    void savingAPageRecordsAPlannedOutcomeAndThePurposeWithItsSponsor() throws Exception {
        PageRecord page = pages.carolsOutcome("Recorded");

        String outcomes = pages.outcomes(page, "bob").body();
        assertThat(outcomes).contains("\"title\":\"Launch\"").contains("\"status\":\"planned\"")
                .contains("\"owner\":\"" + pages.key("carol") + "\"").contains("\"due\":\"2099-06-30\"")
                .contains("\"measure\":\"100 customers live\"").contains("\"kind\":\"created\"")
                .contains("\"canSetStatus\":false");
        assertThat(pages.outcomes(page, "carol").body()).contains("\"canSetStatus\":true");
        assertThat(pages.outcomes(page, "alice").body()).as("alice sponsors the purpose").contains("\"canSetStatus\":true");
        HttpResponse<String> purpose = devhost.get(REST + "/pages/" + page.id() + "/purpose", "bob");
        assertThat(purpose.statusCode()).isEqualTo(200);
        assertThat(purpose.body()).contains("\"sponsor\":\"" + pages.key("alice") + "\"").contains("\"until\":\"2099-12-31\"")
                .contains("\"expired\":false").contains("\"presence\":\"live\"");
    }

    @Test
    void theOwnerSetsAtRiskWithANoteAndTheHistoryKeepsIt() throws Exception {
        long id = pages.onlyOutcomeId(pages.carolsOutcome("At risk"));

        HttpResponse<String> carol = pages.setStatus(id, "carol", "at-risk", "Vendor is two weeks late", 1);

        assertThat(carol.statusCode()).isEqualTo(200);
        assertThat(carol.body()).contains("\"status\":\"at-risk\"").contains("\"version\":2")
                .contains("\"kind\":\"status-set\"").contains("\"note\":\"Vendor is two weeks late\"")
                .contains("\"actor\":\"" + pages.key("carol") + "\"");
        assertThat(devhost.get(REST + "/outcomes/" + id, "bob").body()).contains("\"status\":\"at-risk\"");
    }

    @Test
    void theSponsorMaySetTheStatusAndOthersGet403() throws Exception {
        long id = pages.onlyOutcomeId(pages.carolsOutcome("Who may"));

        HttpResponse<String> bob = pages.setStatus(id, "bob", "on-track", "", 1);
        assertThat(bob.statusCode()).isEqualTo(403);
        assertThat(bob.body()).contains("\"error\":").contains("\"field\":\"status\"");

        assertThat(pages.setStatus(id, "alice", "on-track", "", 1).statusCode()).isEqualTo(200);
    }

    @Test
    void aStaleVersionGets409WithTheCurrentOutcome() throws Exception {
        long id = pages.onlyOutcomeId(pages.carolsOutcome("Stale"));
        pages.setStatus(id, "carol", "on-track", "", 1);

        HttpResponse<String> stale = pages.setStatus(id, "alice", "achieved", "", 1);

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("\"field\":\"expectedVersion\"").contains("\"current\":{")
                .contains("\"status\":\"on-track\"");
    }

    @Test
    void anUpdateThatChangesNothingGets422() throws Exception {
        long id = pages.onlyOutcomeId(pages.carolsOutcome("Nothing new"));

        HttpResponse<String> same = pages.setStatus(id, "carol", "planned", "", 1);

        assertThat(same.statusCode()).isEqualTo(422);
        assertThat(same.body()).contains("already planned");
    }

    @Test
    void malformedInputGets400JsonNamingTheField() throws Exception {
        long id = pages.onlyOutcomeId(pages.carolsOutcome("Bad input"));

        assertThat(pages.setStatus(id, "carol", "{\"status\": ").statusCode()).isEqualTo(400);
        HttpResponse<String> unknown = pages.setStatus(id, "carol", "<b>great</b>", "", 1);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"status\"");
        HttpResponse<String> noVersion = pages.setStatus(id, "carol", "{\"status\":\"on-track\"}");
        assertThat(noVersion.statusCode()).isEqualTo(400);
        assertThat(noVersion.body()).contains("\"field\":\"expectedVersion\"");
        HttpResponse<String> noNote = pages.setStatus(id, "carol", "off-track", "", 1);
        assertThat(noNote.statusCode()).isEqualTo(400);
        assertThat(noNote.body()).contains("\"field\":\"note\"");
        HttpResponse<String> longNote = pages.setStatus(id, "carol", "at-risk", "x".repeat(501), 1);
        assertThat(longNote.statusCode()).isEqualTo(400);
        assertThat(longNote.body()).contains("\"field\":\"note\"").contains("500");
        assertThat(devhost.get(REST + "/outcomes/" + id, "carol").body()).as("nothing was recorded").contains("\"version\":1");
    }

    @Test
    void anonymousCallersMustLogInAndOutcomesOnPagesAUserCannotViewDoNotExist() throws Exception {
        PageRecord page = pages.carolsOutcome("Secret");
        devhost.host().app().pages().restrictViewing(page.id(), Set.of("alice", "carol"));
        long id = pages.onlyOutcomeId(page);

        assertThat(pages.setStatus(id, null, "on-track", "", 1).statusCode()).isEqualTo(401);
        assertThat(devhost.get(REST + "/outcomes/" + id, "dave").statusCode()).isEqualTo(404);
        assertThat(devhost.get(REST + "/outcomes/" + id + "/view", "dave").statusCode()).isEqualTo(404);
        assertThat(pages.outcomes(page, "dave").statusCode()).isEqualTo(404);
        assertThat(devhost.get(REST + "/pages/" + page.id() + "/purpose", "dave").statusCode()).isEqualTo(404);
        assertThat(pages.setStatus(id, "dave", "on-track", "", 1).statusCode()).isEqualTo(404);
        assertThat(devhost.get(REST + "/outcomes/" + id, "carol").statusCode()).isEqualTo(200);
        assertThat(devhost.get(REST + "/outcomes/999999", "carol").statusCode()).isEqualTo(404);
    }

    @Test
    void renamingKeepsHistoryAndTheLinksOfActionsThatUseTheNewTitle() throws Exception {
        PageRecord page = devhost.createPage("Renamed", outcome("o-ren", param("title", "Launch") + pages.user("owner", "carol"), "x")
                + action("a-new", pages.user("owner", "bob") + param("outcome", "Launch"), "Follows the rename")
                + action("a-old", pages.user("owner", "bob") + param("outcome", "Launch"), "Keeps the old name"));
        long id = pages.onlyOutcomeId(page);
        pages.setStatus(id, "carol", "at-risk", "Vendor late", 1);

        pages.edit(page, "<ac:parameter ac:name=\"title\">Launch</ac:parameter>", "<ac:parameter ac:name=\"title\">Public launch</ac:parameter>");
        pages.edit(page, "<ac:parameter ac:name=\"outcome\">Launch</ac:parameter><ac:rich-text-body><p>Follows",
                "<ac:parameter ac:name=\"outcome\">Public launch</ac:parameter><ac:rich-text-body><p>Follows");

        String renamed = devhost.get(REST + "/outcomes/" + id, "bob").body();
        assertThat(renamed).contains("\"title\":\"Public launch\"").contains("\"status\":\"at-risk\"")
                .contains("\"kind\":\"status-set\"").contains("\"note\":\"Vendor late\"")
                .contains("\"kind\":\"retitled\"").contains("\"before\":\"Launch\"").contains("\"after\":\"Public launch\"")
                .contains("\"total\":1");
        String items = devhost.get(REST + "/pages/" + page.id() + "/items", "bob").body();
        assertThat(items).contains("\"macroId\":\"a-new\"").contains("\"outcome\":\"Public launch\"").contains("\"outcome\":null");
        Document view = Jsoup.parse(devhost.viewPage(page, "bob").body());
        assertThat(view.select(".ft-action[data-macro-id=a-new] .aui-message-error")).isEmpty();
        assertThat(view.select(".ft-action[data-macro-id=a-old] .aui-message-error").text())
                .contains("Launch").contains("not on this page").contains("\u201cPublic launch\u201d");
        assertThat(view.select(".ft-outcome .ft-history .ft-event").eachText())
                .anyMatch(t -> t.contains("renamed from \u201cLaunch\u201d to \u201cPublic launch\u201d"));
    }

    @Test
    void trashHidesTheOutcomeRestoreBringsItBackPurgeDeletesItAndMoveCarriesIt() throws Exception {
        PageRecord page = pages.carolsOutcome("Lifecycle");
        long id = pages.onlyOutcomeId(page);

        devhost.host().app().operations().trash(page.id(), devhost.user("alice"));
        assertThat(devhost.get(REST + "/outcomes/" + id, "alice").statusCode()).isEqualTo(404);
        assertThat(pages.setStatus(id, "carol", "on-track", "", 2).statusCode()).isEqualTo(404);

        devhost.host().app().operations().restore(page.id());
        String restored = devhost.get(REST + "/outcomes/" + id, "alice").body();
        assertThat(restored).contains("\"presence\":\"live\"").contains("\"kind\":\"page-trashed\"").contains("\"kind\":\"page-restored\"");

        Space other = devhost.host().app().spaces().create("OUTC", "Other space");
        devhost.host().app().spaces().grant(other, "alice", SpacePermission.ADMINISTER);
        devhost.host().app().operations().move(page.id(), other, devhost.user("alice"));
        assertThat(devhost.get(REST + "/outcomes/" + id, "alice").body()).contains("\"spaceKey\":\"OUTC\"");
        assertThat(devhost.get(REST + "/pages/" + page.id() + "/purpose", "alice").body()).contains("\"spaceKey\":\"OUTC\"");

        devhost.host().app().operations().trash(page.id(), devhost.user("alice"));
        devhost.host().app().operations().purge(page.id());
        assertThat(devhost.get(REST + "/outcomes/" + id, "alice").statusCode()).isEqualTo(404);
    }

    @Test
    void removingTheMacroKeepsTheOutcomeAsRemovedAndTakesNoUpdates() throws Exception {
        PageRecord page = pages.carolsOutcome("Removed");
        long id = pages.onlyOutcomeId(page);
        PageRecord current = devhost.host().app().pages().byId(page.id()).orElseThrow();
        String withoutOutcome = current.body().substring(0, current.body().indexOf("<ac:structured-macro ac:name=\"ft-outcome\""));
        devhost.host().app().operations().update(page.id(), current.version(), current.title(), withoutOutcome,
                devhost.user("alice"));

        assertThat(devhost.get(REST + "/outcomes/" + id, "carol").body()).contains("\"presence\":\"removed\"");
        assertThat(pages.setStatus(id, "carol", "on-track", "", 2).statusCode()).isEqualTo(422);
    }

    @Test
    void aSpaceAdminsRebuildRecordsOutcomesAndPurposesFromPageBodies() throws Exception {
        // Written behind the plugin's back: no page event, so nothing is recorded yet.
        PageRecord silent = devhost.host().app().pages().create(devhost.demoSpace().getId(), "Imported outcome page",
                OutcomePages.purpose("p-imp", pages.user("sponsor", "alice") + param("until", "2000-01-31"), "Old")
                        + outcome("o-imp", param("title", "Imported"), "Imported outcome"),
                pages.key("alice"));
        assertThat(pages.outcomes(silent, "alice").body()).isEqualTo("[]");
        assertThat(devhost.get(REST + "/pages/" + silent.id() + "/purpose", "alice").statusCode()).isEqualTo(404);

        HttpResponse<String> rebuilt = devhost.send(devhost.request(REST + "/spaces/DEMO/rebuild", "alice")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(rebuilt.statusCode()).isEqualTo(200);
        assertThat(pages.outcomes(silent, "alice").body()).contains("\"macroId\":\"o-imp\"").contains("\"status\":\"planned\"");
        assertThat(devhost.get(REST + "/pages/" + silent.id() + "/purpose", "alice").body()).contains("\"expired\":true");
    }
}
