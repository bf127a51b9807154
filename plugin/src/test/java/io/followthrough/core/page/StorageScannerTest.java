package io.followthrough.core.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class StorageScannerTest {
    private static final Predicate<String> OURS = name -> name.startsWith("ft-");
    private final StorageScanner scanner = new StorageScanner();

    private List<FoundMacro> find(String storage) {
        return scanner.find(storage, 42, OURS).macros();
    }

    private FoundMacro only(String storage) {
        List<FoundMacro> found = find(storage);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static String action(String id, String inner) {
        return "<ac:structured-macro ac:name=\"ft-action\" ac:schema-version=\"1\""
                + (id == null ? "" : " ac:macro-id=\"" + id + "\"") + ">" + inner + "</ac:structured-macro>";
    }

    private static String parameter(String name, String value) {
        return "<ac:parameter ac:name=\"" + name + "\">" + value + "</ac:parameter>";
    }

    private static String body(String html) {
        return "<ac:rich-text-body>" + html + "</ac:rich-text-body>";
    }

    @Test
    void findsOurMacrosInDocumentOrderWithTheirPositionsAmongAllMacros() {
        String storage = "<p>Intro</p>" + action("a-1", "")
                + "<ac:structured-macro ac:name=\"info\"><ac:rich-text-body><p>x</p></ac:rich-text-body></ac:structured-macro>"
                + "<ac:structured-macro ac:macro-id=\"b-2\" ac:name=\"ft-purpose\"/>";

        assertThat(find(storage)).extracting(FoundMacro::name, FoundMacro::macroId, FoundMacro::position)
                .containsExactly(tuple("ft-action", "a-1", 0), tuple("ft-purpose", "b-2", 2));
    }

    @Test
    void readsPlainParametersInTheirOrderWithEntitiesDecodedAndEndsTrimmed() {
        FoundMacro macro = only(action("a", parameter("measure", " Fewer &lsquo;tickets&rsquo; &mdash; &lt;10&nbsp;a week&#x2026;\n")
                + parameter("due", "2026-12-01") + parameter("kind", "offer") + "<ac:parameter ac:name=\"outcome\"/>"));

        assertThat(macro.parameters()).containsExactly(
                entry("measure", "Fewer \u2018tickets\u2019 \u2014 <10\u00a0a week\u2026"),
                entry("due", "2026-12-01"), entry("kind", "offer"), entry("outcome", ""));
    }

    @Test
    void readsCdataInParametersAsText() {
        FoundMacro macro = only(action("a", parameter("measure", "<![CDATA[a < b & c]]> and &amp; d")));

        assertThat(macro.parameters()).containsEntry("measure", "a < b & c and & d");
    }

    @Test
    void readsUsersByKeyOrNameAndSeveralAsACommaSeparatedList() {
        FoundMacro macro = only(action("a", parameter("owner", "<ri:user ri:userkey=\"8a7f808a9\" />")
                + parameter("requester", "\n  <ri:user ri:username=\"jdoe\"/>\n")
                + parameter("watchers", "<ri:user ri:userkey=\"k1\"/> <ri:user ri:userkey=\"k2\"/><ri:user/>")));

        assertThat(macro.parameters()).containsExactly(
                entry("owner", "8a7f808a9"), entry("requester", "jdoe"), entry("watchers", "k1,k2"));
    }

    @Test
    void readsPagesByTitleAndSpacesByKeyAndIgnoresLinkText() {
        FoundMacro macro = only(action("a", parameter("page", "<ac:link><ri:page ri:space-key=\"DEV\" "
                        + "ri:content-title=\"Q3 &amp; Q4 plan\"/><ac:plain-text-link-body><![CDATA[the plan]]>"
                        + "</ac:plain-text-link-body></ac:link>")
                + parameter("space", "<ri:space ri:space-key=\"OPS\"/>")));

        assertThat(macro.parameters()).containsExactly(entry("page", "Q3 & Q4 plan"), entry("space", "OPS"));
    }

    @Test
    void findsMacrosNestedInOtherMacrosAndLayouts() {
        String storage = "<ac:layout><ac:layout-section ac:type=\"two_equal\"><ac:layout-cell>"
                + "<ac:structured-macro ac:name=\"expand\" ac:macro-id=\"e\">" + parameter("title", "More")
                + body("<p>Before</p>" + action("in-expand", body("<p>Call the vendor</p>")))
                + "</ac:structured-macro></ac:layout-cell><ac:layout-cell>"
                + "<table><tbody><tr><td>" + action("in-table", "") + "</td></tr></tbody></table>"
                + "</ac:layout-cell></ac:layout-section></ac:layout>";

        assertThat(find(storage)).extracting(FoundMacro::macroId, FoundMacro::position, FoundMacro::bodyText)
                .containsExactly(tuple("in-expand", 1, "Call the vendor"), tuple("in-table", 2, ""));
    }

    @Test
    void includesNestedMacroBodiesButNotTheirParametersInTheBodyText() {
        FoundMacro outcome = scanner.find("<ac:structured-macro ac:name=\"ft-outcome\" ac:macro-id=\"o\">"
                + parameter("title", "Faster onboarding")
                + body("<p>New staff productive in a week.</p>"
                        + "<ac:structured-macro ac:name=\"info\">" + parameter("title", "Hidden title")
                        + body("<p>Measured by survey</p>") + "</ac:structured-macro>"
                        + "<ac:structured-macro ac:name=\"code\">" + parameter("language", "sql")
                        + "<ac:plain-text-body><![CDATA[select 1]]></ac:plain-text-body></ac:structured-macro>")
                + "</ac:structured-macro>", 1, "ft-outcome"::equals).macros().get(0);

        assertThat(outcome.bodyText()).isEqualTo("New staff productive in a week. Measured by survey select 1");
        assertThat(outcome.parameters()).containsExactly(entry("title", "Faster onboarding"));
    }

    @Test
    void nestedMacrosOfOursEachHaveTheirOwnBodyAndParameters() {
        String storage = "<ac:structured-macro ac:name=\"ft-outcome\" ac:macro-id=\"o\">" + parameter("title", "T")
                + body("<p>Outcome text</p>" + action("a", parameter("owner", "<ri:user ri:userkey=\"k\"/>")
                        + body("<p>Action text</p>")) + "<p>More outcome</p>")
                + "</ac:structured-macro>";

        assertThat(find(storage)).extracting(FoundMacro::macroId, FoundMacro::parameters, FoundMacro::bodyText)
                .containsExactly(
                        tuple("o", Map.of("title", "T"), "Outcome text Action text More outcome"),
                        tuple("a", Map.of("owner", "k"), "Action text"));
    }

    @Test
    void ignoresMacroMarkupInsideCdataAndComments() {
        String storage = "<ac:structured-macro ac:name=\"code\"><ac:plain-text-body><![CDATA["
                + action("fake", body("<p>x</p>")) + "]]></ac:plain-text-body></ac:structured-macro>"
                + "<!-- " + action("commented", "") + " -->" + action("real", "");

        assertThat(find(storage)).extracting(FoundMacro::macroId, FoundMacro::position).containsExactly(tuple("real", 1));
    }

    @Test
    void normalisesBodyTextAcrossEntitiesWhitespaceAndMarkup() {
        FoundMacro macro = only(action("a", body("\n  <p>Send&nbsp;the <strong>sign</strong>ed&#160;contract"
                + " to&#x20;<a href=\"https://x.example\">Legal</a>&hellip;</p>\n<ul><li>by mail</li><li>by hand"
                + "</li></ul><p>Caf&eacute;<br/>done\u200b</p>")));

        assertThat(macro.bodyText()).isEqualTo("Send the signed contract to Legal\u2026 by mail by hand Caf\u00e9 done");
    }

    @Test
    void leavesOutTaskBookkeepingAndPlaceholdersButKeepsTaskText() {
        FoundMacro macro = only(action("a", body("<ac:task-list><ac:task><ac:task-id>7</ac:task-id>"
                + "<ac:task-status>incomplete</ac:task-status><ac:task-body>Book the room</ac:task-body></ac:task>"
                + "</ac:task-list><p><ac:placeholder>Type here</ac:placeholder></p>")));

        assertThat(macro.bodyText()).isEqualTo("Book the room");
    }

    @Test
    void equalTextUnderDifferentFormattingHasTheSameHash() {
        FoundMacro compact = only(action("a", body("<p>Ship the release notes.</p>")));
        FoundMacro spread = only(action("a", body("\n\t<p>\n  Ship   the&nbsp;release\n notes.  </p>\n")));
        FoundMacro changed = only(action("a", body("<p>Ship the release notes!</p>")));

        assertThat(spread.bodyText()).isEqualTo(compact.bodyText());
        assertThat(spread.bodyHash()).isEqualTo(compact.bodyHash()).hasSize(64).matches("[0-9a-f]+");
        assertThat(changed.bodyHash()).isNotEqualTo(compact.bodyHash());
    }

    @Test
    void aMacroWithoutBodyHasEmptyTextAndTheHashOfEmptyText() {
        assertThat(only(action("a", "")).bodyHash())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void macrosWithoutIdGetFallbackIdsFromPageNameAndOrdinal() {
        String storage = action(null, "") + "<ac:structured-macro ac:name=\"ft-outcome\"/>" + action("x", "")
                + action(null, "") + action("", "");

        assertThat(find(storage)).extracting(FoundMacro::macroId, FoundMacro::fallbackId).containsExactly(
                tuple("fallback-42-ft-action-1", true), tuple("fallback-42-ft-outcome-1", true), tuple("x", false),
                tuple("fallback-42-ft-action-2", true), tuple("fallback-42-ft-action-3", true));
    }

    @Test
    void fallbackIdsAreStableAcrossScansAndChangeOnlyWithPageOrOrder() {
        String storage = "<p>a</p>" + action(null, body("<p>one</p>")) + action(null, body("<p>two</p>"));

        List<FoundMacro> first = find(storage);
        assertThat(find(storage)).isEqualTo(first);
        assertThat(first).extracting(FoundMacro::macroId).doesNotHaveDuplicates();
        assertThat(scanner.find(storage, 43, OURS).macros()).extracting(FoundMacro::macroId)
                .containsExactly("fallback-43-ft-action-1", "fallback-43-ft-action-2");
    }

    @Test
    void reportsDuplicateIdsAndTreatsLaterCopiesAsRepeats() {
        PageMacros page = scanner.find(action("d", body("first")) + action("u", "") + action("d", body("copy"))
                + action("d", "") + action(null, ""), 1, OURS);

        assertThat(page.duplicateIds()).containsExactly("d");
        assertThat(page.macros()).extracting(page::isRepeat).containsExactly(false, false, true, true, false);
    }

    @Test
    void survivesTruncatedDamagedAndHostileInput() {
        List<String> inputs = List.of("", "<", "</", "<ac:", "&", "&#", "&#x;", "&#99999999999;", "&bogus;",
                "<ac:structured-macro ac:name=\"ft-action\"",
                "<ac:structured-macro ac:name=\"ft-action\">" + "<ac:parameter ac:name=\"due\">2026",
                "<ac:structured-macro ac:name=\"ft-action\"><ac:rich-text-body><p>cut off",
                "<p><![CDATA[ never closed " + action("x", ""),
                "<!-- never closed " + action("x", ""),
                "</ac:structured-macro></ac:rich-text-body></ac:parameter>",
                "<ac:structured-macro ac:name=\"unterminated/>",
                "<ac:structured-macro ac:name='ft-action' ac:macro-id=\"mixed'>",
                "<ac:parameter ac:name=\"owner\"><ri:user ri:userkey=\"k\"/></ac:parameter>",
                "<<<>>><ac:structured-macro ac:name=ft-action>",
                "\u0000\uffff\ud800 <p a=\"\u0000\">",
                "<ac:structured-macro ac:name=\"ft-action\">".repeat(5_000),
                "<ac:rich-text-body>".repeat(1_000) + "&amp".repeat(1_000) + "<a b=\"".repeat(1_000));

        for (String input : inputs) {
            assertThatCode(() -> scanner.find(input, 1, OURS)).as(input).doesNotThrowAnyException();
        }
        assertThat(scanner.find(null, 1, OURS).macros()).isEmpty();
    }

    @Test
    void keepsWhatCanStillBeReadFromDamagedMarkup() {
        assertThat(find("<ac:structured-macro ac:name=\"ft-action\" ac:macro-id=\"cut\"><ac:parameter ac:name="
                + "\"due\">2026-01-02</ac:parameter><ac:rich-text-body><p>Half a sentence"))
                .extracting(FoundMacro::macroId, FoundMacro::parameters, FoundMacro::bodyText)
                .containsExactly(tuple("cut", Map.of("due", "2026-01-02"), "Half a sentence"));
        assertThat(find("<ac:structured-macro ac:name=\"ft-action\" ac:macro-id=\"unterminated/>"))
                .extracting(FoundMacro::fallbackId).containsExactly(true);
        assertThat(find("<ac:structured-macro ac:name=\"ft-action/><p>text</p>")).isEmpty();
    }

    @Test
    void doesNotMistakeSimilarlyNamedElementsOrAttributesForMacros() {
        String storage = "<ac:structured-macro-like ac:name=\"ft-action\"/>"
                + "<ac:structured-macro data-ac:name=\"x\" ac:name=\"ft-action\" ac:macro-id=\"real\"/>"
                + "<ac:structured-macro data-ac:name=\"ft-action\"/>";

        assertThat(find(storage)).extracting(FoundMacro::macroId).containsExactly("real");
    }

    @Test
    void readsAttributesWhoseValuesHoldAngleBracketsOrEntities() {
        String storage = "<p title=\"a > b\">x</p><ac:structured-macro ac:name=\"ft&#45;action\" ac:macro-id='a&amp;b'"
                + " data-note=\"1 > 0\"/>";

        assertThat(find(storage)).extracting(FoundMacro::name, FoundMacro::macroId)
                .containsExactly(tuple("ft-action", "a&b"));
    }

    @Test
    void readsTheOlderUnstructuredMacroElementToo() {
        assertThat(find("<ac:macro ac:name=\"ft-action\">" + parameter("due", "2026-02-03") + "</ac:macro>"))
                .extracting(FoundMacro::parameters).containsExactly(Map.of("due", "2026-02-03"));
    }

    @Test
    void doesNotReportOursNestedTooDeepInOurs() {
        String nested = "deepest";
        for (int level = 0; level < StorageScanner.MAX_NESTED_OURS + 2; level++) {
            nested = action(null, body(nested));
        }

        assertThat(find(nested)).hasSize(StorageScanner.MAX_NESTED_OURS)
                .allSatisfy(macro -> assertThat(macro.bodyText()).isEqualTo("deepest"));
    }
}
