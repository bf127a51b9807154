package io.followthrough.devhost.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.followthrough.devhost.FixturePlugin;
import io.followthrough.devhost.TestDevHost;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Plugin servlets at /plugins/servlet, their decoration, and Space tools with the plugin's app items. */
class PluginServletsTest {
    private static final String HELLO = "/plugins/servlet/fixture/hello";
    private static TestDevHost devhost;

    @BeforeAll
    static void start() throws Exception {
        devhost = TestDevHost.start(FixturePlugin.jar(), Files.createTempDirectory("devhost-servlets"), true);
    }

    @AfterAll
    static void stop() throws Exception {
        devhost.close();
    }

    @Test
    void aServletIsServedBelowPluginsServletWithItsHostServicesInjected() throws Exception {
        HttpResponse<String> plain = devhost.get(HELLO + "?plain=1", "bob");

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(plain.body()).isEqualTo("Hello Bob Baker");
    }

    @Test
    void aPageThatAsksForTheGeneralDecoratorGetsTheHostChromeWithItsTitleAndHead() throws Exception {
        Document page = Jsoup.parse(devhost.get(HELLO, "bob").body());

        assertThat(page.title()).isEqualTo("Fixture page - Dev host");
        assertThat(page.select("#current-user").text()).isEqualTo("Bob Baker");
        assertThat(page.select("meta[name=fixture-meta]").attr("content")).isEqualTo("kept");
        assertThat(page.select("meta[name=decorator]")).isEmpty();
        assertThat(page.select("#content #fixture-greeting").text()).isEqualTo("Hello Bob Baker");
        assertThat(page.select("#space-tools-apps")).as("not reached as a Space tools app").isEmpty();
    }

    @Test
    void anonymousRequestsReachTheServletWhichDecidesItself() throws Exception {
        assertThat(devhost.get(HELLO + "?plain=1", null).body()).isEqualTo("Hello stranger");
    }

    @Test
    void spaceToolsListsTheAppItemsOfItsSectionWithLinksRenderedForTheSpace() throws Exception {
        Document tools = Jsoup.parse(devhost.get("/spaces/spacetools.action?key=DEMO", "alice").body());

        assertThat(tools.select("#space-tools-apps a").eachAttr("href"))
                .containsExactly(HELLO + "?key=DEMO&tab=apps");
        assertThat(tools.select("#space-tools-apps a").text()).isEqualTo("fixture.space-tools");
        assertThat(Jsoup.parse(devhost.get("/display/DEMO", "alice").body()).select("#space-tools")).hasSize(1);
    }

    @Test
    void spaceToolsAreForSpaceAdminsOnly() throws Exception {
        assertThat(devhost.get("/spaces/spacetools.action?key=DEMO", "bob").statusCode()).isEqualTo(404);
        assertThat(devhost.get("/spaces/spacetools.action?key=NOPE", "alice").statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(devhost.get("/display/DEMO", "bob").body()).select("#space-tools")).isEmpty();
    }

    @Test
    void anAppPageReachedByItsSpaceToolsLinkIsShownInsideSpaceTools() throws Exception {
        Document page = Jsoup.parse(devhost.get(HELLO + "?key=DEMO&tab=apps", "alice").body());

        assertThat(page.select("#space-tools-heading").text()).isEqualTo("Space tools");
        assertThat(page.select("#space-tools-apps li.aui-nav-selected a").attr("id")).isEqualTo("fixture-space-tools");
        assertThat(page.select(".devhost-space-tools-content #fixture-greeting").text()).isEqualTo("Hello Alice Archer");
    }

    @Test
    void theSameLinkShowsNoSpaceToolsToSomeoneWhoDoesNotAdministerTheSpace() throws Exception {
        Document page = Jsoup.parse(devhost.get(HELLO + "?key=DEMO&tab=apps", "bob").body());

        assertThat(page.select("#space-tools-heading")).isEmpty();
        assertThat(page.select("#fixture-greeting").text()).isEqualTo("Hello Bob Baker");
    }
}
