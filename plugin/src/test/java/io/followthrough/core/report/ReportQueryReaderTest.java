package io.followthrough.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.followthrough.core.commitment.State;
import io.followthrough.core.param.ParameterProblem;
import io.followthrough.core.param.Parsed;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportQueryReaderTest {

    @Test
    void noParametersMeanEveryLiveItemSoonestDueFirst() {
        Parsed<ReportQuery> parsed = ReportQueryReader.read(Map.of());

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.value()).isEqualTo(ReportQuery.everything());
    }

    @Test
    void everyParameterIsRead() {
        ReportQuery q = ReportQueryReader.read(parameters("state", "accepted", "owner", "k-bob", "requester", "k-alice",
                "due", "overdue", "pageId", "42", "pageTitle", "Plan", "outcome", "Launch", "removed", "true",
                "sort", "-owner", "page", "3", "size", "50", "outcomesPage", "2", "purposesPage", "4")).value();

        assertThat(q).isEqualTo(new ReportQuery(Set.of(State.ACCEPTED), Optional.of("k-bob"), Optional.of("k-alice"),
                DueWindow.OVERDUE, Optional.of(42L), Optional.of("Plan"), Optional.of("Launch"), true, SortKey.OWNER, true,
                3, 50, 2, 4));
    }

    @Test
    void openAndClosedStandForTheirStates() {
        assertThat(ReportQueryReader.read(Map.of("state", "open")).value().states())
                .containsExactlyInAnyOrder(State.REQUESTED, State.OFFERED, State.COUNTERED, State.ACCEPTED, State.DONE);
        assertThat(ReportQueryReader.read(Map.of("state", "closed")).value().states()).doesNotContain(State.DONE).hasSize(5);
    }

    @Test
    void unknownValuesAreReportedAndFallBackToTheDefault() {
        Parsed<ReportQuery> parsed = ReportQueryReader.read(parameters("state", "lost", "due", "soon", "sort", "colour",
                "size", "100000", "page", "0", "pageId", "x1", "outcomesPage", "two", "purposesPage", "-1"));

        assertThat(parsed.problems()).extracting(ParameterProblem::field)
                .containsExactlyInAnyOrder("state", "due", "sort", "size", "page", "pageId", "outcomesPage", "purposesPage");
        assertThat(parsed.problems()).allMatch(p -> p.code() == ParameterProblem.Code.UNKNOWN_CHOICE);
        assertThat(parsed.value()).isEqualTo(ReportQuery.everything());
    }

    private static Map<String, String> parameters(String... namesAndValues) {
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return parameters;
    }
}
