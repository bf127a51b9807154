package io.followthrough.core.report;

import io.followthrough.core.commitment.State;
import io.followthrough.core.param.ParameterProblem;
import io.followthrough.core.param.Parsed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a report list's query from request parameters, the same for the page, its CSV export and
 * REST. Unknown values are reported, never guessed; the query then falls back to the default for
 * that parameter.
 *
 * <p>{@code state} (a state, {@code open} or {@code closed}), {@code owner} and {@code requester}
 * (user keys), {@code due} ({@code any}, {@code overdue}, {@code week}, {@code month},
 * {@code none}), {@code pageId}, {@code pageTitle} (a page's title, ignoring case, when there is
 * no {@code pageId}), {@code outcome} (title), {@code removed} ({@code true} to include
 * items removed from pages), {@code sort} (a {@link SortKey}, {@code -} first for descending),
 * {@code page} (from 1) and {@code size} (1 to {@value ReportQuery#MAX_SIZE}); and the pages of
 * the report's tables, {@code outcomesPage} and {@code purposesPage} (from 1).
 */
public final class ReportQueryReader {
    public static final List<String> PARAMETERS =
            List.of("state", "owner", "requester", "due", "pageId", "pageTitle", "outcome", "removed", "sort", "page", "size",
                    "outcomesPage", "purposesPage");

    private ReportQueryReader() {
    }

    /** @param parameters each parameter's first value; absent or blank values mean "no filter" */
    public static Parsed<ReportQuery> read(Map<String, String> parameters) {
        List<ParameterProblem> problems = new ArrayList<>();
        Reader r = new Reader(parameters, problems);
        Set<State> states = r.text("state").map(value -> states(value, problems)).orElse(Set.of());
        DueWindow due = r.text("due").flatMap(value -> r.choice("due", value, DueWindow.byWireName(value)))
                .orElse(DueWindow.ANY);
        Optional<String> sort = r.text("sort");
        boolean descending = sort.map(s -> s.startsWith("-")).orElse(false);
        SortKey key = sort.map(s -> s.startsWith("-") ? s.substring(1) : s)
                .flatMap(value -> r.choice("sort", value, SortKey.byWireName(value))).orElse(SortKey.DUE);
        int page = r.number("page", 1, Integer.MAX_VALUE).orElse(1);
        int size = r.number("size", 1, ReportQuery.MAX_SIZE).orElse(ReportQuery.DEFAULT_SIZE);
        int outcomesPage = r.number("outcomesPage", 1, Integer.MAX_VALUE).orElse(1);
        int purposesPage = r.number("purposesPage", 1, Integer.MAX_VALUE).orElse(1);
        Optional<Long> pageId = r.text("pageId").flatMap(value -> r.choice("pageId", value, parseLong(value)));
        boolean removed = r.text("removed").map(value -> value.equals("true") || value.equals("on") || value.equals("1"))
                .orElse(false);
        return new Parsed<>(new ReportQuery(states, r.text("owner"), r.text("requester"), due, pageId, r.text("pageTitle"),
                r.text("outcome"), removed, key, descending, page, size, outcomesPage, purposesPage), problems);
    }

    private static Set<State> states(String value, List<ParameterProblem> problems) {
        switch (value) {
            case "open":
                return Arrays.stream(State.values()).filter(State::isOpen).collect(Collectors.toCollection(() -> EnumSet.noneOf(State.class)));
            case "closed":
                return Arrays.stream(State.values()).filter(State::isClosed).collect(Collectors.toCollection(() -> EnumSet.noneOf(State.class)));
            default:
                Optional<State> state = Arrays.stream(State.values()).filter(s -> s.wireName().equals(value)).findFirst();
                if (state.isEmpty()) {
                    problems.add(new ParameterProblem("state", ParameterProblem.Code.UNKNOWN_CHOICE, value));
                }
                return state.map(Set::of).orElse(Set.of());
        }
    }

    private static Optional<Long> parseLong(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Reads single parameters and records what it cannot read. */
    private record Reader(Map<String, String> parameters, List<ParameterProblem> problems) {
        Optional<String> text(String name) {
            return Optional.ofNullable(parameters.get(name)).map(String::strip).filter(v -> !v.isEmpty());
        }

        <T> Optional<T> choice(String name, String value, Optional<T> chosen) {
            if (chosen.isEmpty()) {
                problems.add(new ParameterProblem(name, ParameterProblem.Code.UNKNOWN_CHOICE, value));
            }
            return chosen;
        }

        Optional<Integer> number(String name, int min, int max) {
            return text(name).flatMap(value -> choice(name, value, parseLong(value)
                    .filter(n -> n >= min && n <= max).map(Long::intValue)));
        }
    }
}
