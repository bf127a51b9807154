package io.followthrough.core.param;

import io.followthrough.core.port.Directory;
import io.followthrough.core.port.Person;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads typed values from a macro's raw parameters, collecting a problem for each bad one. */
public final class ParameterReader {
    /** Longest parameter value kept; longer ones are reported, never silently cut. */
    public static final int MAX_LENGTH = 255;

    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private final Map<String, String> parameters;
    private final Directory directory;
    private final List<ParameterProblem> problems = new ArrayList<>();

    public ParameterReader(Map<String, String> parameters, Directory directory) {
        this.parameters = parameters == null ? Map.of() : parameters;
        this.directory = directory;
    }

    public Optional<Person> user(String field, boolean required) {
        return text(field, required).flatMap(name -> {
            Optional<Person> person = directory.find(name);
            if (person.isEmpty()) {
                problems.add(new ParameterProblem(field, ParameterProblem.Code.UNKNOWN_USER, name));
            }
            return person;
        });
    }

    public Optional<LocalDate> date(String field, boolean required) {
        return text(field, required).flatMap(raw -> {
            try {
                return Optional.of(LocalDate.parse(raw, ISO_DATE));
            } catch (DateTimeParseException e) {
                problems.add(new ParameterProblem(field, ParameterProblem.Code.MALFORMED_DATE, raw));
                return Optional.empty();
            }
        });
    }

    public Optional<String> text(String field, boolean required) {
        String raw = parameters.get(field);
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            if (required) {
                problems.add(new ParameterProblem(field, ParameterProblem.Code.MISSING, ""));
            }
            return Optional.empty();
        }
        if (value.length() > MAX_LENGTH) {
            problems.add(new ParameterProblem(field, ParameterProblem.Code.TOO_LONG, value.substring(0, 40) + "…"));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** Records a problem found by a rule specific to one macro. */
    public void problem(ParameterProblem problem) {
        problems.add(problem);
    }

    public <T> Parsed<T> result(T value) {
        return new Parsed<>(value, problems);
    }
}
