package io.followthrough.devhost.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.followthrough.devhost.TestDevHost;
import io.followthrough.devhost.data.PageRecord;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real plugin jar's ft-purpose macro rendered by the dev host, for good and bad input. */
class PurposeMacroRenderingTest {
    private static TestDevHost devhost;
    private static String aliceKey;

    @BeforeAll
    static void start() throws Exception {
        devhost = TestDevHost.start();
        aliceKey = devhost.user("alice").key().getStringValue();
    }

    @AfterAll
    static void stop() throws Exception {
        devhost.close();
    }

    private static String purpose(String id, String params, String body) {
        return "<ac:structured-macro ac:name=\"ft-purpose\" ac:schema-version=\"1\" ac:macro-id=\"" + id + "\">"
                + params + "<ac:rich-text-body>" + body + "</ac:rich-text-body></ac:structured-macro>";
    }

    private static String param(String name, String value) {
        return "<ac:parameter ac:name=\"" + name + "\">" + value + "</ac:parameter>";
    }

    private static String sponsor(String userkey) {
        return "<ac:parameter ac:name=\"sponsor\"><ri:user ri:userkey=\"" + userkey + "\"/></ac:parameter>";
    }

    private static Document view(String title, String storage) throws Exception {
        PageRecord page = devhost.createPage(title, storage);
        HttpResponse<String> response = devhost.viewPage(page, "bob");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    @Test
    void rendersStatementSponsorAndTimeFrame() throws Exception {
        Document page = view("Good purpose", purpose("p1", sponsor(aliceKey) + param("until", "2099-12-31")
                + param("review", "2099-06-30"), "<p>Ship the <strong>new</strong> onboarding.</p>"));

        Element purpose = page.selectFirst(".ft-purpose");
        assertThat(purpose).isNotNull();
        assertThat(purpose.attr("data-macro-id")).isEqualTo("p1");
        assertThat(purpose.select(".ft-purpose-statement strong").text()).isEqualTo("new");
        assertThat(purpose.select(".ft-user").text()).isEqualTo("Alice Archer");
        assertThat(purpose.select(".ft-until").text()).isEqualTo("Until 31 Dec 2099");
        assertThat(purpose.select(".ft-review").text()).isEqualTo("30 Jun 2099");
        assertThat(purpose.select(".ft-state").text()).isEqualTo("Active");
        assertThat(purpose.select(".aui-message")).isEmpty();
        assertThat(page.select("link[href*=followthrough.css]")).as("web resource required by the macro").hasSize(1);
    }

    @Test
    void anExpiredTimeFrameIsShownAsSuch() throws Exception {
        String yesterday = LocalDate.now().minusDays(1).toString();
        Element purpose = view("Expired purpose", purpose("p2", sponsor(aliceKey) + param("until", yesterday), "<p>Old.</p>"))
                .selectFirst(".ft-purpose");

        assertThat(purpose.hasClass("ft-purpose-expired")).isTrue();
        assertThat(purpose.select(".ft-state").text()).isEqualTo("Expired");
        assertThat(purpose.select(".ft-until").text()).startsWith("Ended on");
        assertThat(purpose.select(".ft-expired-note").text()).contains("renew");
    }

    @Test
    void anUnknownSponsorRendersAnInlineMessageNamingIt() throws Exception {
        Element purpose = view("Unknown sponsor", purpose("p3", param("sponsor", "mallory") + param("until", "2099-01-01"), "<p>x</p>"))
                .selectFirst(".ft-purpose");

        assertThat(purpose.select(".aui-message-error li").text())
                .contains("Sponsor").contains("mallory").contains("not a Confluence user");
        assertThat(purpose.select(".ft-until").text()).isEqualTo("Until 1 Jan 2099");
    }

    @Test
    void aMalformedDateRendersAnInlineMessageSayingTheFormat() throws Exception {
        Element purpose = view("Bad date", purpose("p4", sponsor(aliceKey) + param("until", "next friday")
                + param("review", "2026-02-30"), "<p>x</p>")).selectFirst(".ft-purpose");

        assertThat(purpose.select(".aui-message-error li")).hasSize(2);
        assertThat(purpose.select(".aui-message-error").text())
                .contains("next friday").contains("2026-02-30").contains("yyyy-MM-dd");
    }

    @Test
    void missingParametersRenderAnInlineMessage() throws Exception {
        Element purpose = view("No params", purpose("p5", "", "<p>x</p>")).selectFirst(".ft-purpose");

        assertThat(purpose.select(".aui-message-error li").eachText())
                .anyMatch(t -> t.contains("Sponsor") && t.contains("required"))
                .anyMatch(t -> t.contains("Until") && t.contains("required"));
    }

    @Test
    void htmlAndScriptInParametersAreEscapedNotExecuted() throws Exception {
        String hostile = "&lt;script&gt;window.pwned=1&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;";
        PageRecord page = devhost.createPage("Hostile params", purpose("p6", param("sponsor", hostile)
                + param("until", hostile), "<p>fine</p>"));
        String html = devhost.viewPage(page, "bob").body();

        assertThat(html).doesNotContain("<script>window.pwned").doesNotContain("<img src=x");
        assertThat(html).contains("&lt;script&gt;window.pwned=1&lt;/script&gt;");
        Document doc = Jsoup.parse(html);
        assertThat(doc.select(".ft-purpose script, .ft-purpose img")).isEmpty();
    }

    @Test
    void scriptInThePurposeTextIsNeverRendered() throws Exception {
        Document doc = view("Hostile body", purpose("p7", sponsor(aliceKey) + param("until", "2099-01-01"),
                "<p onclick=\"alert(1)\">Text<script>window.pwned=1</script><a href=\"javascript:alert(1)\">link</a></p>"));

        Element statement = doc.selectFirst(".ft-purpose-statement");
        assertThat(statement.text()).contains("Text");
        assertThat(statement.select("script")).isEmpty();
        assertThat(statement.select("[onclick]")).isEmpty();
        assertThat(statement.select("a[href^=javascript]")).isEmpty();
    }

    @Test
    void aSecondPurposeOnOnePageShowsAWarningAndTheFirstDoesNot() throws Exception {
        Document doc = view("Two purposes", purpose("first", sponsor(aliceKey) + param("until", "2099-01-01"), "<p>One</p>")
                + purpose("second", sponsor(aliceKey) + param("until", "2099-01-01"), "<p>Two</p>"));

        assertThat(doc.select(".ft-purpose[data-macro-id=first] .ft-repeat")).isEmpty();
        assertThat(doc.select(".ft-purpose[data-macro-id=second] .ft-repeat").text()).contains("already has a purpose");
    }
}
