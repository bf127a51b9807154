package io.followthrough.core.report;

import io.followthrough.core.commitment.State;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The series the report draws: items on pages by state, and created against satisfied per week, oldest week first. */
public record Charts(Map<State, Integer> states, List<WeekCount> weeks) {
    public Charts {
        states = Collections.unmodifiableMap(new EnumMap<>(states));
        weeks = List.copyOf(weeks);
    }
}
