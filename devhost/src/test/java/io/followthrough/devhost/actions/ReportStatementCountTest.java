package io.followthrough.devhost.actions;

import static io.followthrough.devhost.actions.ActionPages.REST;
import static io.followthrough.devhost.actions.ActionPages.action;
import static io.followthrough.devhost.actions.ActionPages.param;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.confluence.spaces.Space;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followthrough.devhost.TestDevHost;
import io.followthrough.devhost.data.PageRecord;
import io.followthrough.devhost.data.SpacePermission;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report, its CSV and JSON, the outcome report macro and the inbox run a fixed number of SQL
 * statements: a space of one page with two items costs what a space of 40 pages with 200 items,
 * half of them accepted, costs. In both, an item awaits an answer, one was answered and one
 * acknowledged, because an oldest awaiting item or a median of a duration that no item has needs
 * no statement.
 */
class ReportStatementCountTest {
    private static final int PAGES = 40;
    private static final int ITEMS_PER_PAGE = 5;
    private static final List<String> OWNERS = List.of("bob", "carol", "dave");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static TestDevHost devhost;
    private static ActionPages pages;
    private static PageRecord smallDashboard;
    private static PageRecord bigDashboard;

    @BeforeAll
    static void aSmallAndABigSpace() throws Exception {
        devhost = TestDevHost.start();
        pages = new ActionPages(devhost);
        Space small = space("SMALL");
        Space big = space("BIG");
        PageRecord only = create(small, "Only page", action("s-1", pages.user("owner", "bob") + param("due", "2099-01-01"), "One task")
                + action("s-2", pages.user("owner", "bob"), "Another task"));
        acknowledged(MAPPER.readTree(pages.items(only, "alice").body()).get(0).get("id").asLong(), "bob");
        smallDashboard = create(small, "Dashboard", dashboard());
        PageRecord lastPage = null;
        for (int p = 0; p < PAGES; p++) {
            StringBuilder storage = new StringBuilder();
            for (int i = 0; i < ITEMS_PER_PAGE; i++) {
                storage.append(action("b-" + p + "-" + i, pages.user("owner", OWNERS.get(i % OWNERS.size()))
                        + param("due", "2020-0" + (1 + i) + "-1" + i), "Task " + p + "." + i));
            }
            PageRecord page = create(big, "Page " + p, storage.toString());
            lastPage = page;
            for (JsonNode item : MAPPER.readTree(pages.items(page, "alice").body())) {
                if (item.get("id").asLong() % 2 == 0) {
                    String owner = devhost.host().app().users().byKey(item.get("owner").asText()).orElseThrow().username();
                    assertThat(pages.move(item.get("id").asLong(), owner, "accept", item.get("version").asInt()).statusCode())
                            .isEqualTo(200);
                }
            }
        }
        for (JsonNode item : MAPPER.readTree(pages.items(lastPage, "alice").body())) {
            if (item.get("id").asLong() % 2 == 1) {
                acknowledged(item.get("id").asLong(),
                        devhost.host().app().users().byKey(item.get("owner").asText()).orElseThrow().username());
                break;
            }
        }
        bigDashboard = create(big, "Dashboard", dashboard());
    }

    /** Takes a new item through accept, done and the requester's (alice's) acknowledgement. */
    private static void acknowledged(long itemId, String owner) throws Exception {
        int version = MAPPER.readTree(pages.move(itemId, owner, "accept", 1).body()).get("version").asInt();
        version = MAPPER.readTree(pages.move(itemId, owner, "mark-done", version).body()).get("version").asInt();
        assertThat(pages.move(itemId, "alice", "acknowledge", version).statusCode()).isEqualTo(200);
    }

    @AfterAll
    static void stop() throws Exception {
        devhost.close();
    }

    private static Space space(String key) {
        Space space = devhost.host().app().spaces().create(key, key + " space");
        devhost.host().app().spaces().grant(space, "alice", SpacePermission.ADMINISTER);
        OWNERS.forEach(user -> devhost.host().app().spaces().grant(space, user, SpacePermission.EDIT));
        return space;
    }

    private static PageRecord create(Space space, String title, String storage) {
        return devhost.host().app().operations().create(space, title, storage, devhost.user("alice"));
    }

    private static String dashboard() {
        return "<ac:structured-macro ac:name=\"ft-outcome-report\" ac:macro-id=\"dash-1\"/>";
    }

    /** Statements the plugin's Active Objects ran while the dev host answered the request. */
    private static long statements(String path, String username) throws Exception {
        long before = devhost.host().pluginStatements().count();
        assertThat(devhost.get(path, username).statusCode()).as(path).isEqualTo(200);
        return devhost.host().pluginStatements().count() - before;
    }

    private static String report(String key) {
        return "/plugins/servlet/followthrough/report?spaceKey=" + key;
    }

    @Test
    void theBigSpaceReallyIsBig() throws Exception {
        String json = devhost.get(REST + "/spaces/BIG/report", "alice").body();

        assertThat(json).contains("\"items\":" + PAGES * ITEMS_PER_PAGE);
        assertThat(json).contains("\"inProgress\":" + PAGES * ITEMS_PER_PAGE / 2).contains("\"satisfiedLast30Days\":1");
    }

    @Test
    // The page and JSON: which pages hold items, the space's counts (its tally with the hidden
    // pages' items), two medians, the oldest unanswered item, the list's page, the stored outcomes
    // and purposes; the list's count comes from the pairs unless a due window, page or outcome
    // filter asks for its own. CSV: which pages hold items and the list.
    void theReportPageCsvAndJsonCostTheSameStatementsForTwoItemsAndForTwoHundred() throws Exception {
        long page = statements(report("SMALL"), "alice");
        long csv = statements(report("SMALL") + "&format=csv&due=overdue&sort=-due", "alice");
        long json = statements(REST + "/spaces/SMALL/report", "alice");

        assertThat(List.of(page, json)).containsOnly(8L);
        assertThat(statements(report("SMALL") + "&due=overdue", "alice")).as("and the list's count").isEqualTo(page + 1);
        assertThat(statements(report("BIG") + "&due=overdue", "alice")).isEqualTo(page + 1);
        assertThat(csv).isEqualTo(2);
        assertThat(statements(report("BIG"), "alice")).isEqualTo(page);
        assertThat(statements(report("BIG") + "&format=csv&due=overdue&sort=-due", "alice")).isEqualTo(csv);
        assertThat(statements(report("BIG") + "&format=csv&sort=-owner", "alice")).as("and the pairs, to sort by name").isEqualTo(csv + 1);
        assertThat(statements(REST + "/spaces/BIG/report?size=200&sort=owner", "alice")).isEqualTo(json);
    }

    @Test
    void theOutcomeReportMacroCostsTheSameOnASmallAndABigSpace() throws Exception {
        long small = statements("/pages/viewpage.action?pageId=" + smallDashboard.id(), "bob");
        long big = statements("/pages/viewpage.action?pageId=" + bigDashboard.id(), "bob");

        assertThat(small).as("pages with items, the space's counts, two medians, oldest unanswered, the page's outcomes and purposes")
                .isEqualTo(7);
        assertThat(big).isEqualTo(small);
    }

    @Test
    void theInboxIsOneStatementWhateverItHolds() throws Exception {
        assertThat(statements(REST + "/me/commitments", "bob")).isEqualTo(1);
        assertThat(statements(REST + "/me/commitments", "alice")).as("alice requested every item of both spaces").isEqualTo(1);
    }
}
