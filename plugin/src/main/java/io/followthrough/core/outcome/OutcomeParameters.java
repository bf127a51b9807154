package io.followthrough.core.outcome;

import io.followthrough.core.param.ParameterProblem;
import io.followthrough.core.param.ParameterReader;
import io.followthrough.core.param.Parsed;
import io.followthrough.core.port.Directory;
import io.followthrough.core.port.Person;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an ft-outcome macro's parameters: title (required, unique on the page), owner (user),
 * due (yyyy-MM-dd) and measure (free text).
 */
public final class OutcomeParameters {
    public static final String TITLE = "title";
    public static final String OWNER = "owner";
    public static final String DUE = "due";
    public static final String MEASURE = "measure";

    private final Directory directory;

    public OutcomeParameters(Directory directory) {
        this.directory = directory;
    }

    /**
     * @param onPage  the titles of the page's outcomes
     * @param macroId this macro's id, to tell its own title from another macro's
     */
    public Parsed<OutcomeDeclaration> read(Map<String, String> parameters, PageOutcomeTitles onPage, String macroId) {
        ParameterReader reader = new ParameterReader(parameters, directory);
        Optional<String> title = reader.text(TITLE, true);
        title.filter(t -> onPage.isTakenBefore(t, macroId))
                .ifPresent(t -> reader.problem(new ParameterProblem(TITLE, ParameterProblem.Code.DUPLICATE_TITLE, t)));
        return reader.result(new OutcomeDeclaration(title, reader.user(OWNER, false), reader.date(DUE, false),
                reader.text(MEASURE, false)));
    }

    /**
     * What the page says of a macro that can be tracked. A macro with any problem is not: an
     * existing outcome keeps what it had and its inline message asks the author to fix it.
     */
    public static Optional<OutcomeOnPage> trackable(String macroId, Parsed<OutcomeDeclaration> parsed) {
        OutcomeDeclaration declared = parsed.value();
        if (parsed.hasProblems() || declared.title().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OutcomeOnPage(macroId, declared.title().get(), declared.owner().map(Person::key),
                declared.due(), declared.measure().orElse("")));
    }
}
