package io.followthrough.core.param;

import java.util.List;

/** A value read from macro parameters together with every problem found while reading it. */
public record Parsed<T>(T value, List<ParameterProblem> problems) {
    public Parsed {
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
