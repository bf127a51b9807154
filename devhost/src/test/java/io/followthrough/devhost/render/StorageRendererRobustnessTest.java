// Checks that any input renders without throwing, deep nesting included, and that a large page renders.
package io.followthrough.devhost.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class StorageRendererRobustnessTest {

    private final RecordingInvoker plugin = new RecordingInvoker()
            .renders("ft-action", call -> "<div class=\"ft-action\">" + call.richBodyHtml() + "</div>");
    private final StorageRenderer renderer = new StorageRenderer(plugin, new KnownUsers());

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "<", "<<>>", "</p></div>", "&", "&#xFFFFFFFF;", "&#0;", "\u0000\uFFFF", "<p a=\"unterminated>x",
        "<![CDATA[ unclosed", "<!-- unclosed", "<?pi", "<!DOCTYPE",
        "<ac:structured-macro", "<ac:structured-macro ac:name=\"ft-action\"><ac:rich-text-body><p>unclosed",
        "<ac:structured-macro ac:name=\"ft-action\"><ac:parameter ac:name=\"owner\"><ri:user/>",
        "<ac:parameter ac:name=\"x\">stray</ac:parameter><ac:rich-text-body>stray</ac:rich-text-body><ac:task>t</ac:task>",
        "<ac:link><ri:user/></ac:link><ac:link/><ac:image/><ac:emoticon/><time datetime=\"\"/>",
        "<table><ac:structured-macro ac:name=\"toc\"/><tr><ac:structured-macro ac:name=\"ft-action\"/></tr></table>",
        "<svg><script>alert(1)</script></svg><math><mi>x</mi></math>",
        "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><p>&e;</p>",
        "<p>a<br>b<img src=\"https://example.com/a.png\">c<hr>d</p>", "<p>a<script><br>x</script>b</p>",
        "<style><img>y</style>z"
    })
    void malformedInputRendersBestEffort(String storageFormat) {
        String html = renderer.toHtml(storageFormat);

        assertThat(html).doesNotContain("<ac:", "<ri:", "<script", "devhost-slot-");
    }

    @Test
    void randomTagSoupRenders() {
        String[] pieces = {"<p>", "</p>", "<br>", "<br/>", "<img>", "</img>", "<script>", "</script>", "<table>", "<tr>",
            "<td>", "</table>", "<ac:structured-macro ac:name=\"ft-action\">", "<ac:structured-macro ac:name=\"info\">",
            "</ac:structured-macro>", "<ac:rich-text-body>", "</ac:rich-text-body>", "<ac:parameter ac:name=\"owner\">",
            "</ac:parameter>", "<ri:user ri:userkey=\"k\"/>", "<ac:plain-text-body>", "<![CDATA[<b>", "]]>",
            "<ac:link>", "</ac:link>", "<ac:link-body>", "<ac:task-list>", "<ac:task>", "<ac:task-body>", "</ac:task>",
            "<ac:image>", "<ri:url ri:value=\"https://e.com/i.png\"/>", "<time datetime=\"2026-01-01\">", "</time>",
            "<ac:placeholder>", "<ac:layout-cell>", "&nbsp;", "&", "<", ">", "\"", "text", "<!--", "-->", "<a href=\"",
            "javascript:x()", "\" onclick=\"y()\">"};
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder soup = new StringBuilder();
            for (int n = random.nextInt(60); n > 0; n--) {
                soup.append(pieces[random.nextInt(pieces.length)]);
            }

            assertSafe(renderer.toHtml(soup.toString()), soup.toString());
        }
    }

    @Test
    void unclosedMacroStillReachesThePlugin() {
        renderer.toHtml("<p>x</p><ac:structured-macro ac:name=\"ft-action\"><ac:rich-text-body><p>unclosed");

        assertThat(plugin.onlyCall().richBodyHtml()).isEqualTo("<p>unclosed</p>");
    }

    @Test
    void extremelyDeepMarkupRendersWithItsDeepestPartAsText() {
        int depth = 100_000;

        String html = renderer.toHtml("<div>".repeat(depth) + "<b>deep</b>" + "</div>".repeat(depth));

        int kept = StorageParser.MAX_DEPTH;
        assertThat(html).isEqualTo("<div>".repeat(kept) + "deep" + "</div>".repeat(kept));
    }

    @Test
    void unclosedLineBreaksDoNotNestWhatFollows() {
        String html = renderer.toHtml("<p>" + "line<br>".repeat(1000) + "</p>");

        assertThat(html).isEqualTo("<p>" + "line<br>".repeat(1000) + "</p>");
    }

    @Test
    void macrosNestedBeyondTheLimitShowAnErrorInsteadOfRendering() {
        int depth = RenderOrder.MAX_MACRO_NESTING + 5;
        String open = "<ac:structured-macro ac:name=\"ft-action\"><ac:rich-text-body>";
        String close = "</ac:rich-text-body></ac:structured-macro>";

        String html = renderer.toHtml(open.repeat(depth) + "core" + close.repeat(depth));

        assertThat(plugin.calls()).hasSize(RenderOrder.MAX_MACRO_NESTING);
        assertThat(html).contains("<div class=\"aui-message aui-message-error\">Macro 'ft-action' is nested more than "
                + RenderOrder.MAX_MACRO_NESTING + " macros deep and was not rendered.</div>").doesNotContain("core");
    }

    @Test
    void aOneMegabytePageRenders() {
        String block = """
                <h2>Outcome %1$d</h2><p>Status&nbsp;of the team&rsquo;s work with <ac:link><ri:user ri:userkey="%2$s"/>\
                </ac:link> and <a href="https://example.com/%1$d">a link</a> <ac:emoticon ac:name="smile"/></p>\
                <table><tbody><tr><th>Key</th><th>Value</th></tr><tr><td>due</td><td><time datetime="2026-03-01"/></td></tr>\
                </tbody></table><ac:task-list><ac:task><ac:task-id>%1$d</ac:task-id><ac:task-status>incomplete</ac:task-status>\
                <ac:task-body>Check <strong>numbers</strong></ac:task-body></ac:task></ac:task-list>\
                <ac:structured-macro ac:name="ft-action" ac:macro-id="a-%1$d"><ac:parameter ac:name="owner">\
                <ri:user ri:userkey="%2$s"/></ac:parameter><ac:parameter ac:name="due">2026-03-01</ac:parameter>\
                <ac:rich-text-body><p>Send the summary</p></ac:rich-text-body></ac:structured-macro>\
                <ac:structured-macro ac:name="info"><ac:rich-text-body><p>Note %1$d</p></ac:rich-text-body></ac:structured-macro>\
                <ac:structured-macro ac:name="code"><ac:plain-text-body><![CDATA[if (a < b) { run(); }]]></ac:plain-text-body>\
                </ac:structured-macro>""";
        StringBuilder page = new StringBuilder();
        int blocks = 0;
        while (page.length() < 1_000_000) {
            page.append(block.formatted(++blocks, KnownUsers.ALICE_KEY));
        }

        String html = renderer.toHtml(page.toString());

        assertThat(plugin.calls()).hasSize(blocks * 3);
        assertThat(occurrences(html, "<div class=\"ft-action\"><p>Send the summary</p></div>")).isEqualTo(blocks);
        assertThat(occurrences(html, "data-macro-name=\"info\">info</div>")).isEqualTo(blocks);
    }

    private static void assertSafe(String html, String input) {
        assertThat(html).as(input).doesNotContain("devhost-slot-");
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            assertThat(element.normalName()).as(input).doesNotContain(":").isNotIn("script", "style", "iframe", "object");
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as(input).doesNotStartWith("on");
                assertThat(attribute.getValue().strip().toLowerCase(Locale.ROOT)).as(input).doesNotStartWith("javascript:");
            }
        }
    }

    private static long occurrences(String text, String part) {
        return Arrays.stream(text.split(java.util.regex.Pattern.quote(part), -1)).count() - 1;
    }

    @Test
    void slotMarkersWrittenInThePageAreJustText() {
        List<String> lookalikes = List.of("devhost-slot-", "devhost-slot-0-", "devhost-slot-00000000000000000000000000000000-0-");

        for (String text : lookalikes) {
            assertThat(renderer.toHtml("<p>" + text + "</p>" + "<ac:structured-macro ac:name=\"ft-action\"/>"))
                    .isEqualTo("<p>" + text + "</p><div class=\"ft-action\"></div>");
        }
    }
}
