package io.followthrough.devhost.actions;

import static io.followthrough.devhost.actions.ActionPages.action;
import static io.followthrough.devhost.actions.ActionPages.param;
import static org.assertj.core.api.Assertions.assertThat;

import io.followthrough.devhost.TestDevHost;
import io.followthrough.devhost.data.PageRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ft-outcome-report macro: figures for everyone, names and the link to the full report for space admins only. */
class OutcomeReportMacroTest {
    private static TestDevHost devhost;
    private static ActionPages pages;
    private static PageRecord page;

    @BeforeAll
    static void aPageWithAnOutcomeItsActionAndTheMacro() throws Exception {
        devhost = TestDevHost.start();
        pages = new ActionPages(devhost);
        page = devhost.createPage("Launch plan", "<ac:structured-macro ac:name=\"ft-outcome\" ac:macro-id=\"out-1\">"
                + param("title", "Public launch") + param("due", "2020-06-30") + "</ac:structured-macro>"
                + action("launch-1", pages.user("owner", "bob") + param("outcome", "Public launch"), "Book the press room")
                + "<ac:structured-macro ac:name=\"ft-outcome-report\" ac:macro-id=\"rep-1\"/>");
    }

    @AfterAll
    static void stop() throws Exception {
        devhost.close();
    }

    @Test
    void everyViewerSeesTheSpacesFiguresAndThisPagesOutcomes() throws Exception {
        Document bob = Jsoup.parse(devhost.viewPage(page, "bob").body());

        assertThat(bob.select(".ft-outcome-report h3").first().text()).isEqualTo("Outcomes in space DEMO");
        assertThat(bob.select(".ft-outcome-report .ft-figure[data-figure=awaiting-answer] .ft-figure-value").text())
                .isNotEmpty();
        assertThat(bob.select(".ft-page-outcome").text()).contains("Public launch").contains("Planned")
                .contains("0 of 1 actions accepted").contains("Overdue");
    }

    @Test
    void onlyASpaceAdminIsToldWhoOwesWhatAndGetsTheFullReport() throws Exception {
        Document bob = Jsoup.parse(devhost.viewPage(page, "bob").body());
        Document alice = Jsoup.parse(devhost.viewPage(page, "alice").body());

        assertThat(bob.select(".ft-attention-list, .ft-full-report")).isEmpty();
        assertThat(bob.select(".ft-outcome-report .ft-figure-note").text()).as("no page named").isEmpty();
        assertThat(alice.select(".ft-attention-item").text()).contains("Run the first training session");
        assertThat(alice.select(".ft-full-report").attr("href"))
                .isEqualTo("/plugins/servlet/followthrough/report?spaceKey=DEMO");
    }
}
