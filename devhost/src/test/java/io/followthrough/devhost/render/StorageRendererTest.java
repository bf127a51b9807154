// Checks how the page renderer turns storage format into page HTML and what it hands to the plugin.
package io.followthrough.devhost.render;

import static io.followthrough.devhost.render.KnownUsers.ALICE_KEY;
import static io.followthrough.devhost.render.KnownUsers.BOB_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class StorageRendererTest {

    private final RecordingInvoker plugin = new RecordingInvoker()
            .renders("ft-purpose", call -> "<section class=\"ft-purpose\">" + call.richBodyHtml() + "</section>")
            .renders("ft-action", call -> "<div class=\"ft-action\">" + call.richBodyHtml() + "</div>");
    private final StorageRenderer renderer = new StorageRenderer(plugin, new KnownUsers());

    @Test
    void pluginMacroIsCalledWithNameMacroIdParametersAndRenderedBody() {
        renderer.toHtml("""
                <ac:structured-macro ac:name="ft-purpose" ac:schema-version="1" ac:macro-id="7f1c-purpose">\
                <ac:parameter ac:name="sponsor"><ri:user ri:userkey="%s"/></ac:parameter>\
                <ac:parameter ac:name="until">2026-12-01</ac:parameter>\
                <ac:parameter ac:name="review">2026-09-01</ac:parameter>\
                <ac:rich-text-body><p>Ship the <strong>report</strong>&nbsp;now</p></ac:rich-text-body>\
                </ac:structured-macro>""".formatted(ALICE_KEY));

        MacroCall call = plugin.onlyCall();
        assertThat(call.name()).isEqualTo("ft-purpose");
        assertThat(call.macroId()).isEqualTo("7f1c-purpose");
        assertThat(call.parameters()).containsExactly(
                entry("sponsor", "alice"), entry("until", "2026-12-01"), entry("review", "2026-09-01"));
        assertThat(call.richBodyHtml()).isEqualTo("<p>Ship the <strong>report</strong>&nbsp;now</p>");
        assertThat(call.plainBody()).isEmpty();
    }

    @Test
    void unknownUserKeyIsPassedAsTheRawKeySoTheMacroCanReportIt() {
        renderer.toHtml(action("<ac:parameter ac:name=\"owner\"><ri:user ri:userkey=\"no-such-key\"/></ac:parameter>"));

        assertThat(plugin.onlyCall().parameters()).containsEntry("owner", "no-such-key");
    }

    @Test
    void usersByUsernameAndSeveralUsersInOneParameterAreCommaSeparatedUsernames() {
        renderer.toHtml(action("<ac:parameter ac:name=\"owner\"><ri:user ri:username=\"carol\"/></ac:parameter>"
                + "<ac:parameter ac:name=\"watchers\"><ri:user ri:userkey=\"" + ALICE_KEY + "\"/>"
                + "<ri:user ri:userkey=\"" + BOB_KEY + "\"/></ac:parameter>"));

        assertThat(plugin.onlyCall().parameters()).containsEntry("owner", "carol").containsEntry("watchers", "alice,bob");
    }

    @Test
    void pageAndSpaceParametersGiveTheTitleAndTheSpaceKey() {
        renderer.toHtml(action("<ac:parameter ac:name=\"page\"><ac:link><ri:page ri:content-title=\"Plan &amp; goals\"/>"
                + "</ac:link></ac:parameter><ac:parameter ac:name=\"space\"><ri:space ri:space-key=\"OPS\"/></ac:parameter>"));

        assertThat(plugin.onlyCall().parameters()).containsEntry("page", "Plan & goals").containsEntry("space", "OPS");
    }

    @Test
    void parameterTextIsPassedRawNotExecuted() {
        renderer.toHtml(action("<ac:parameter ac:name=\"outcome\">&lt;script&gt;alert(1)&lt;/script&gt;</ac:parameter>"));

        assertThat(plugin.onlyCall().parameters()).containsEntry("outcome", "<script>alert(1)</script>");
    }

    @Test
    void macroIdIsNullWhenThePageHasNone() {
        renderer.toHtml("<ac:structured-macro ac:name=\"ft-action\"/>");

        assertThat(plugin.onlyCall().macroId()).isNull();
    }

    @Test
    void pluginOutputStandsWhereTheMacroStood() {
        String html = renderer.toHtml("<p>before</p>" + action("") + "<p>after</p>");

        assertThat(html).isEqualTo("<p>before</p><div class=\"ft-action\"></div><p>after</p>");
    }

    @Test
    void macroNestedInAPluginMacroBodyIsRenderedFirstAndPartOfTheOuterBody() {
        renderer.toHtml("""
                <ac:structured-macro ac:name="ft-purpose"><ac:rich-text-body><p>Why</p>\
                <ac:structured-macro ac:name="ft-action" ac:macro-id="inner"><ac:rich-text-body><p>Do it</p>\
                </ac:rich-text-body></ac:structured-macro></ac:rich-text-body></ac:structured-macro>""");

        assertThat(plugin.calls()).extracting(MacroCall::name).containsExactly("ft-action", "ft-purpose");
        assertThat(plugin.calls().get(1).richBodyHtml()).isEqualTo("<p>Why</p><div class=\"ft-action\"><p>Do it</p></div>");
    }

    @Test
    void pluginMacroInsideAnotherMacroIsRenderedInsideThatMacrosPlaceholder() {
        String html = renderer.toHtml("""
                <ac:structured-macro ac:name="expand"><ac:parameter ac:name="title">More</ac:parameter>\
                <ac:rich-text-body>""" + action("<ac:rich-text-body><p>Call back</p></ac:rich-text-body>")
                + "</ac:rich-text-body></ac:structured-macro>");

        assertThat(html).isEqualTo("<div class=\"devhost-macro-placeholder\" data-macro-name=\"expand\">expand</div>"
                + "<div class=\"devhost-macro-body\" data-macro-name=\"expand\">"
                + "<div class=\"ft-action\"><p>Call back</p></div></div>");
    }

    @Test
    void plainTextBodyIsPassedAsItsCdataText() {
        renderer.toHtml(action("<ac:plain-text-body>\n  <![CDATA[if (a < b && c) { <script> }]]>\n</ac:plain-text-body>"));

        assertThat(plugin.onlyCall().plainBody()).isEqualTo("if (a < b && c) { <script> }");
        assertThat(plugin.onlyCall().richBodyHtml()).isEmpty();
    }

    @Test
    void otherMacrosBecomePlaceholdersInlineInAParagraph() {
        String html = renderer.toHtml("<ac:structured-macro ac:name=\"toc\"/><p>See <ac:structured-macro "
                + "ac:name=\"status\"><ac:parameter ac:name=\"title\">OK</ac:parameter></ac:structured-macro></p>");

        assertThat(html).isEqualTo("<div class=\"devhost-macro-placeholder\" data-macro-name=\"toc\">toc</div>"
                + "<p>See <span class=\"devhost-macro-placeholder\" data-macro-name=\"status\">status</span></p>");
    }

    @Test
    void legacyMacroElementIsRenderedLikeAStructuredMacro() {
        renderer.toHtml("<ac:macro ac:name=\"ft-action\"><ac:parameter ac:name=\"due\">2026-01-31</ac:parameter>"
                + "<ac:rich-text-body>Text</ac:rich-text-body></ac:macro>");

        assertThat(plugin.onlyCall().parameters()).containsEntry("due", "2026-01-31");
        assertThat(plugin.onlyCall().richBodyHtml()).isEqualTo("Text");
    }

    @Test
    void placeholderEscapesTheMacroName() {
        String html = renderer.toHtml("<ac:structured-macro ac:name=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\"/>");

        Element placeholder = Jsoup.parseBodyFragment(html).body().child(0);
        assertThat(placeholder.children()).isEmpty();
        assertThat(placeholder.text()).isEqualTo("\"><img src=x onerror=alert(1)>");
    }

    @Test
    void scriptsEventHandlersAndScriptUrlsAreRemovedFromPageContentAndBodies() {
        String hostile = "<p onclick=\"steal()\">Hi<script>alert(1)</script></p><style>p{}</style>"
                + "<iframe src=\"https://evil.example\"></iframe><a href=\"javascript:alert(2)\">a</a>"
                + "<a href=\"jav&#x09;ascript:alert(3)\">b</a><img src=\"javascript:alert(4)\"/>"
                + "<object data=\"x.swf\"><param name=\"a\" value=\"b\"/></object>";

        String html = renderer.toHtml(hostile + action("<ac:rich-text-body>" + hostile + "</ac:rich-text-body>"));

        assertThat(html + plugin.onlyCall().richBodyHtml())
                .doesNotContainIgnoringCase("script").doesNotContain("onclick", "iframe", "object", "p{}");
        assertThat(html).startsWith("<p>Hi</p><a>a</a><a>b</a><img>");
    }

    @Test
    void pluginOutputIsKeptExactlyEvenWithScript() {
        String output = "<div onclick=\"ft.toggle(this)\"><script>ft.init('a&amp;b')</script>"
                + "<a href=\"javascript:void(0)\">Accept</a></div>";
        StorageRenderer rendering = new StorageRenderer(new RecordingInvoker().renders("ft-action", call -> output),
                new KnownUsers());

        assertThat(rendering.toHtml("<p>x</p>" + action(""))).isEqualTo("<p>x</p>" + output);
    }

    @Test
    void safeLinksAreKept() {
        String html = renderer.toHtml("<p><a href=\"https://example.com/a?b=1&amp;c=2\">w</a><a href=\"/wiki/Page\">r</a>"
                + "<a href=\"#top\">t</a><a href=\"mailto:team@example.com\">m</a><a href=\"ftp://x\">f</a></p>");

        assertThat(html).isEqualTo("<p><a href=\"https://example.com/a?b=1&amp;c=2\">w</a><a href=\"/wiki/Page\">r</a>"
                + "<a href=\"#top\">t</a><a href=\"mailto:team@example.com\">m</a><a>f</a></p>");
    }

    @Test
    void failingMacroBecomesAnErrorBoxWithTheEscapedMessageAndThePageStillRenders() {
        RecordingInvoker failing = new RecordingInvoker().renders("ft-action", call -> {
            throw new IllegalStateException("bad <b>due</b> date");
        });
        StorageRenderer rendering = new StorageRenderer(failing, new KnownUsers());

        String html = rendering.toHtml(action("") + "<p>after</p><ac:structured-macro ac:name=\"toc\"/>");

        assertThat(html).isEqualTo("<div class=\"aui-message aui-message-error\">Error rendering macro 'ft-action': "
                + "bad &lt;b&gt;due&lt;/b&gt; date</div><p>after</p>"
                + "<div class=\"devhost-macro-placeholder\" data-macro-name=\"toc\">toc</div>");
        assertThat(failing.calls()).hasSize(2);
    }

    @Test
    void htmlNamedEntitiesAreDecoded() {
        String html = renderer.toHtml("<p>a&nbsp;b&rsquo;s &amp; c&hellip; &lt;tag&gt; &#xE4;</p>");

        assertThat(html).isEqualTo("<p>a&nbsp;b\u2019s &amp; c\u2026 &lt;tag&gt; \u00e4</p>");
    }

    @Test
    void userLinkShowsTheDisplayNameOrTheRawKeyWhenUnknown() {
        String html = renderer.toHtml("<p><ac:link><ri:user ri:userkey=\"" + BOB_KEY + "\"/></ac:link> and "
                + "<ac:link><ri:user ri:userkey=\"gone\"/></ac:link></p>");

        assertThat(html).isEqualTo("<p><span class=\"devhost-user-mention\">Bob &lt;Builder&gt;</span> and "
                + "<span class=\"devhost-user-mention\">gone</span></p>");
    }

    @Test
    void pageLinkShowsItsLinkBodyOrElseThePageTitle() {
        String html = renderer.toHtml("<p><ac:link><ri:page ri:content-title=\"Roadmap\"/></ac:link>"
                + "<ac:link><ri:page ri:content-title=\"Roadmap\"/><ac:plain-text-link-body><![CDATA[the <plan>]]>"
                + "</ac:plain-text-link-body></ac:link><ac:link><ri:page ri:content-title=\"Roadmap\"/>"
                + "<ac:link-body><em>rich</em></ac:link-body></ac:link></p>");

        assertThat(html).isEqualTo("<p><span class=\"devhost-link\">Roadmap</span>"
                + "<span class=\"devhost-link\">the &lt;plan&gt;</span>"
                + "<span class=\"devhost-link\"><em>rich</em></span></p>");
    }

    @Test
    void onlyWebImagesAreShownAndOthersArePlaceholders() {
        String html = renderer.toHtml("<ac:image ac:alt=\"Chart\"><ri:url ri:value=\"https://example.com/c.png\"/></ac:image>"
                + "<ac:image><ri:attachment ri:filename=\"diagram.png\"/></ac:image>"
                + "<ac:image><ri:url ri:value=\"javascript:alert(1)\"/></ac:image>");

        assertThat(html).isEqualTo("<img class=\"devhost-image\" src=\"https://example.com/c.png\" alt=\"Chart\">"
                + "<span class=\"devhost-image-placeholder\">image: diagram.png</span>"
                + "<span class=\"devhost-image-placeholder\">image: javascript:alert(1)</span>");
    }

    @Test
    void emoticonShowsItsName() {
        assertThat(renderer.toHtml("<p>Done <ac:emoticon ac:name=\"smile\"/></p>"))
                .isEqualTo("<p>Done <span class=\"devhost-emoticon\">smile</span></p>");
    }

    @Test
    void tasksBecomeAListWithDisabledCheckboxesAndDatesAsText() {
        String html = renderer.toHtml("""
                <ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>complete</ac:task-status>\
                <ac:task-body><ac:link><ri:user ri:userkey="%s"/></ac:link> by <time datetime="2024-02-22"/></ac:task-body>\
                </ac:task><ac:task><ac:task-id>2</ac:task-id><ac:task-status>incomplete</ac:task-status>\
                <ac:task-body>open</ac:task-body></ac:task></ac:task-list>""".formatted(ALICE_KEY));

        assertThat(html).isEqualTo("<ul class=\"devhost-task-list\">"
                + "<li class=\"devhost-task devhost-task-complete\"><input type=\"checkbox\" checked disabled>"
                + "<span class=\"devhost-user-mention\">Alice Archer</span> by <time datetime=\"2024-02-22\">2024-02-22</time></li>"
                + "<li class=\"devhost-task\"><input type=\"checkbox\" disabled>open</li></ul>");
    }

    @Test
    void layoutsBecomeDivsWithClasses() {
        String html = renderer.toHtml("<ac:layout><ac:layout-section ac:type=\"two_equal\" ac:breakout-mode=\"wide\">"
                + "<ac:layout-cell><p>left</p></ac:layout-cell><ac:layout-cell><p>right</p></ac:layout-cell>"
                + "</ac:layout-section></ac:layout>");

        assertThat(html).isEqualTo("<div class=\"devhost-layout\">"
                + "<div class=\"devhost-layout-section devhost-layout-two_equal\">"
                + "<div class=\"devhost-layout-cell\"><p>left</p></div><div class=\"devhost-layout-cell\"><p>right</p></div>"
                + "</div></div>");
    }

    @Test
    void inlineCommentMarkersBecomeSpansAndEditorPlaceholdersDisappear() {
        String html = renderer.toHtml("<p><ac:inline-comment-marker ac:ref=\"abc\">marked</ac:inline-comment-marker>"
                + "<ac:placeholder>Type here</ac:placeholder></p>");

        assertThat(html).isEqualTo("<p><span class=\"devhost-inline-comment\">marked</span></p>");
    }

    @Test
    void unknownConfluenceElementsShowTheirText() {
        String html = renderer.toHtml("<p><ac:adf-extension><ac:adf-node type=\"x\"><b>inner</b> text</ac:adf-node>"
                + "</ac:adf-extension><ri:shortcut ri:key=\"g\"/></p>");

        assertThat(html).isEqualTo("<p>inner text</p>");
    }

    @Test
    void selfClosedElementsFollowHtmlRules() {
        assertThat(renderer.toHtml("<p/><p>a<br>b</p><table><tbody><tr><td/></tr></tbody></table>"))
                .isEqualTo("<p></p><p>a<br>b</p><table><tbody><tr><td></td></tr></tbody></table>");
    }

    private static String action(String content) {
        return "<ac:structured-macro ac:name=\"ft-action\" ac:schema-version=\"1\" ac:macro-id=\"m-1\">"
                + content + "</ac:structured-macro>";
    }
}
