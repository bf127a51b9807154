package io.followthrough.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.followthrough.core.page.PageMacros;
import io.followthrough.core.page.StorageScanner;
import io.followthrough.core.param.ParameterProblem;
import io.followthrough.core.param.ParameterProblem.Code;
import io.followthrough.core.param.Parsed;
import io.followthrough.core.port.Directory;
import io.followthrough.core.port.Person;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading ft-outcome parameters, and the titles a page's outcomes hold. */
class OutcomeParametersTest {
    private static final Person CAROL = new Person("k-carol", "carol", "Carol Chen");
    private final Directory directory = name -> name.equals("carol") ? Optional.of(CAROL) : Optional.empty();
    private final OutcomeParameters parameters = new OutcomeParameters(directory);

    private static String outcome(String id, String title) {
        return "<ac:structured-macro ac:name=\"ft-outcome\"" + (id == null ? "" : " ac:macro-id=\"" + id + "\"") + ">"
                + (title == null ? "" : "<ac:parameter ac:name=\"title\">" + title + "</ac:parameter>")
                + "<ac:rich-text-body><p>Text</p></ac:rich-text-body></ac:structured-macro>";
    }

    private static PageOutcomeTitles titles(String storage) {
        PageMacros macros = new StorageScanner().find(storage, 42, name -> name.startsWith("ft-"));
        return PageOutcomeTitles.of(macros);
    }

    private Parsed<OutcomeDeclaration> read(PageOutcomeTitles onPage, String macroId, String... keyValues) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return parameters.read(map, onPage, macroId);
    }

    @Test
    void readsTitleOwnerDueAndMeasure() {
        PageOutcomeTitles onPage = titles(outcome("o1", "Launch"));

        Parsed<OutcomeDeclaration> parsed = read(onPage, "o1", "title", " Launch ", "owner", "carol", "due", "2026-12-31",
                "measure", "100 paying customers");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.value()).isEqualTo(new OutcomeDeclaration(Optional.of("Launch"), Optional.of(CAROL),
                Optional.of(LocalDate.of(2026, 12, 31)), Optional.of("100 paying customers")));
        assertThat(OutcomeParameters.trackable("o1", parsed)).contains(new OutcomeOnPage("o1", "Launch", Optional.of("k-carol"),
                Optional.of(LocalDate.of(2026, 12, 31)), "100 paying customers"));
    }

    @Test
    void onlyTheTitleIsRequired() {
        Parsed<OutcomeDeclaration> parsed = read(titles(outcome("o1", "Launch")), "o1", "title", "Launch");

        assertThat(parsed.problems()).isEmpty();
        assertThat(OutcomeParameters.trackable("o1", parsed)).contains(new OutcomeOnPage("o1", "Launch", Optional.empty(),
                Optional.empty(), ""));
    }

    @Test
    void everyBadParameterIsNamedAndSuchAMacroIsNotTracked() {
        Parsed<OutcomeDeclaration> parsed = read(titles(outcome("o1", null)), "o1", "owner", "mallory", "due", "31.12.2026",
                "measure", "m".repeat(300));

        assertThat(parsed.problems()).extracting(ParameterProblem::field, ParameterProblem::code).containsExactly(
                tuple("title", Code.MISSING),
                tuple("owner", Code.UNKNOWN_USER),
                tuple("due", Code.MALFORMED_DATE),
                tuple("measure", Code.TOO_LONG));
        assertThat(OutcomeParameters.trackable("o1", parsed)).isEmpty();
    }

    @Test
    void aTitleAnOutcomeAboveAlreadyUsesIsADuplicateOnTheLaterOneOnly() {
        PageOutcomeTitles onPage = titles(outcome("o1", "Launch") + outcome("o2", "Pilot") + outcome("o3", "Launch"));

        assertThat(read(onPage, "o1", "title", "Launch").problems()).isEmpty();
        assertThat(read(onPage, "o3", "title", "Launch").problems())
                .containsExactly(new ParameterProblem("title", Code.DUPLICATE_TITLE, "Launch"));
        assertThat(onPage.titles()).containsExactly("Launch", "Pilot");
    }

    @Test
    void titlesAreReadAsTheMacroReadsThemAndFallbackIdsTellMacrosApart() {
        PageOutcomeTitles onPage = titles(outcome(null, "  Launch ") + outcome(null, "Launch") + outcome("o3", "x".repeat(300))
                + outcome("o4", ""));

        assertThat(onPage.titles()).containsExactly("Launch");
        assertThat(onPage.contains("Launch")).isTrue();
        assertThat(onPage.isTakenBefore("Launch", StorageScanner.fallbackId(42, "ft-outcome", 1))).isFalse();
        assertThat(onPage.isTakenBefore("Launch", StorageScanner.fallbackId(42, "ft-outcome", 2))).isTrue();
    }
}
