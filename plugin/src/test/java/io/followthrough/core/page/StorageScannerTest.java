package io.followthrough.core.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StorageScannerTest {
    private final StorageScanner scanner = new StorageScanner();

    @Test
    void findsOurMacrosInDocumentOrderWithTheirIds() {
        String storage = "<p>Intro&nbsp;text</p>"
                + "<ac:structured-macro ac:name=\"ft-purpose\" ac:schema-version=\"1\" ac:macro-id=\"a-1\">"
                + "<ac:parameter ac:name=\"until\">2026-12-31</ac:parameter></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"info\"><ac:rich-text-body><p>x</p></ac:rich-text-body></ac:structured-macro>"
                + "<ac:structured-macro ac:macro-id=\"b-2\" ac:name=\"ft-purpose\"/>";

        List<MacroOccurrence> found = scanner.scan(storage, "ft-purpose"::equals);

        assertThat(found).containsExactly(
                new MacroOccurrence("ft-purpose", Optional.of("a-1"), 0),
                new MacroOccurrence("ft-purpose", Optional.of("b-2"), 2));
    }

    @Test
    void ignoresMacroMarkupInsideCdataAndComments() {
        String storage = "<ac:structured-macro ac:name=\"code\"><ac:plain-text-body><![CDATA["
                + "<ac:structured-macro ac:name=\"ft-purpose\" ac:macro-id=\"fake\"/>]]></ac:plain-text-body>"
                + "</ac:structured-macro><!-- <ac:structured-macro ac:name=\"ft-purpose\"/> -->";

        assertThat(scanner.scan(storage, "ft-purpose"::equals)).isEmpty();
    }

    @Test
    void findsMacrosNestedInOtherMacrosBodies() {
        String storage = "<ac:structured-macro ac:name=\"expand\"><ac:rich-text-body>"
                + "<ac:structured-macro ac:name=\"ft-purpose\" ac:macro-id=\"n\"></ac:structured-macro>"
                + "</ac:rich-text-body></ac:structured-macro>";

        assertThat(scanner.scan(storage, "ft-purpose"::equals))
                .extracting(MacroOccurrence::macroId).containsExactly(Optional.of("n"));
    }

    @Test
    void macroWithoutIdHasAnEmptyId() {
        assertThat(scanner.scan("<ac:structured-macro ac:name='ft-purpose'></ac:structured-macro>", n -> true))
                .extracting(MacroOccurrence::macroId).containsExactly(Optional.empty());
    }

    @Test
    void decodesEntitiesInAttributeValues() {
        assertThat(scanner.scan("<ac:structured-macro ac:name=\"ft&#45;purpose\" ac:macro-id=\"a&amp;b\"/>", n -> true))
                .containsExactly(new MacroOccurrence("ft-purpose", Optional.of("a&b"), 0));
    }

    @Test
    void doesNotMistakeSimilarlyNamedElementsOrAttributesForMacros() {
        String storage = "<ac:structured-macro-like ac:name=\"ft-purpose\"/>"
                + "<ac:structured-macro data-ac:name=\"x\" ac:name=\"ft-purpose\"/>";

        assertThat(scanner.scan(storage, n -> true)).extracting(MacroOccurrence::name).containsExactly("ft-purpose");
    }

    @Test
    void survivesTruncatedAndEmptyInput() {
        assertThat(scanner.scan(null, n -> true)).isEmpty();
        assertThat(scanner.scan("", n -> true)).isEmpty();
        assertThat(scanner.scan("<ac:structured-macro ac:name=\"ft-purpose\"", n -> true)).isEmpty();
        assertThat(scanner.scan("<p><![CDATA[ never closed", n -> true)).isEmpty();
        assertThat(scanner.scan("<ac:structured-macro ac:name=\"unterminated/>", n -> true)).isEmpty();
    }
}
