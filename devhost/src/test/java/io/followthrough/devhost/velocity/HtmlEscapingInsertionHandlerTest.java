// Checks which inserted references are escaped and how.
package io.followthrough.devhost.velocity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlEscapingInsertionHandlerTest {

    private final HtmlEscapingInsertionHandler handler = new HtmlEscapingInsertionHandler();

    @ParameterizedTest
    @ValueSource(strings = {"$bodyHtml", "$!bodyHtml", "${bodyHtml}", "$!{view.statementHtml}",
            "$view.getStatementHtml()", "$view.statementHtml(\"a)\", $x.foo())", "$html"})
    void referenceWhoseLastNameEndsInHtmlIsTrusted(String reference) {
        assertThat(HtmlEscapingInsertionHandler.isTrustedHtml(reference)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"$body", "$map.get(\"bodyHtml\")", "$view.getStatementHtml().length()",
            "$x.get(\"aHtml(\")", "$fmt.date($bodyHtml)", "$x.fooHtml(\"unbalanced)"})
    void otherReferencesAreNotTrusted(String reference) {
        assertThat(HtmlEscapingInsertionHandler.isTrustedHtml(reference)).isFalse();
    }

    @Test
    void nonStringValuesAreConvertedThenEscaped() {
        assertThat(handler.referenceInsert("$value", new StringBuilder("<a href='x'>"))).isEqualTo("&lt;a href=&#39;x&#39;&gt;");
    }

    @Test
    void nullStaysNullSoVelocityDecidesHowToShowIt() {
        assertThat(handler.referenceInsert("$!missing", null)).isNull();
    }
}
