package io.followthrough.core.commitment;

import io.followthrough.core.param.ParameterProblem;
import io.followthrough.core.param.ParameterReader;
import io.followthrough.core.param.Parsed;
import io.followthrough.core.port.Directory;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an ft-action macro's parameters: owner (required user), requester (user), due
 * (yyyy-MM-dd), outcome (title of an ft-outcome on the same page), kind (request or offer).
 */
public final class ActionParameters {
    public static final String OWNER = "owner";
    public static final String REQUESTER = "requester";
    public static final String DUE = "due";
    public static final String OUTCOME = "outcome";
    public static final String KIND = "kind";

    private final Directory directory;

    public ActionParameters(Directory directory) {
        this.directory = directory;
    }

    /** @param outcomeTitles titles of the ft-outcome macros on the same page */
    public Parsed<ActionDeclaration> read(Map<String, String> parameters, Collection<String> outcomeTitles) {
        ParameterReader reader = new ParameterReader(parameters, directory);
        var owner = reader.user(OWNER, true);
        var requester = reader.user(REQUESTER, false);
        var due = reader.date(DUE, false);
        Optional<String> outcome = reader.text(OUTCOME, false);
        outcome.filter(title -> !outcomeTitles.contains(title))
                .ifPresent(title -> reader.problem(new ParameterProblem(OUTCOME, ParameterProblem.Code.UNKNOWN_OUTCOME, title)));
        Kind kind = reader.text(KIND, false).map(raw -> kind(raw, reader)).orElse(Kind.REQUEST);
        return reader.result(new ActionDeclaration(owner, requester, due,
                outcome.filter(outcomeTitles::contains), kind));
    }

    private static Kind kind(String raw, ParameterReader reader) {
        switch (raw.toLowerCase(Locale.ROOT)) {
            case "request":
                return Kind.REQUEST;
            case "offer":
                return Kind.OFFER;
            default:
                reader.problem(new ParameterProblem(KIND, ParameterProblem.Code.UNKNOWN_CHOICE, raw));
                return Kind.REQUEST;
        }
    }
}
