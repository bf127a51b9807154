package io.followthrough.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.followthrough.bench.GeneratedSpace.Expected;
import io.followthrough.core.commitment.State;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The generator's expectation tells a report that shows the viewer's pages from one that does not. */
class GeneratedSpaceTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:15:30Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SpacePlan plan = SpacePlan.draw("S", 200, NOW, ZoneOffset.UTC);
    private final GeneratedSpace space = new GeneratedSpace(plan,
            LongStream.rangeClosed(1, plan.pages.size()).boxed().toList(), Duration.ZERO);

    @Test
    void aReportThatShowsWhatWasWrittenHasNoDifferences() {
        Expected expected = space.expectedFor(SpacePlan.REPORT_VIEWER, NOW);

        assertThat(expected.differences(report(expected))).isEmpty();
    }

    @Test
    void aReportThatCountsPagesHiddenFromTheViewerIsWrong() {
        Expected viewer = space.expectedFor(SpacePlan.REPORT_VIEWER, NOW);
        String mayViewAHiddenPage = plan.pages.stream().filter(p -> !p.viewableBy(SpacePlan.REPORT_VIEWER)).findFirst()
                .orElseThrow().restrictedTo.iterator().next();

        assertThat(viewer.differences(report(space.expectedFor(mayViewAHiddenPage, NOW))))
                .anyMatch(difference -> difference.startsWith("headline.items"));
    }

    @Test
    void oneFigureOffIsNamed() {
        Expected expected = space.expectedFor(SpacePlan.REPORT_VIEWER, NOW);
        ObjectNode report = report(expected);
        ((ObjectNode) report.get("headline")).put("overdue", expected.overdue() + 1);

        assertThat(expected.differences(report)).singleElement().asString().startsWith("headline.overdue");
    }

    /** The parts of the report's JSON the check reads, as a correct report would write them. */
    private static ObjectNode report(Expected expected) {
        ObjectNode report = JSON.createObjectNode();
        ObjectNode headline = report.putObject("headline");
        headline.put("items", expected.items());
        headline.put("awaitingAnswer", expected.live(State.REQUESTED, State.OFFERED, State.COUNTERED));
        headline.put("inProgress", expected.live(State.ACCEPTED));
        headline.put("awaitingAcknowledgement", expected.live(State.DONE));
        headline.put("overdue", expected.overdue());
        headline.put("satisfiedLast30Days", expected.satisfiedLast30Days());
        headline.put("satisfiedLast90Days", expected.satisfiedLast90Days());
        report.putObject("list").put("total", expected.live());
        report.putObject("purposesPage").put("total", expected.purposes());
        ObjectNode outcomes = report.putObject("outcomes");
        outcomes.put("total", expected.outcomes());
        expected.outcomesByStatus().forEach(outcomes.putObject("byStatus")::put);
        ObjectNode states = report.putObject("charts").putObject("states");
        ObjectNode cell = report.putObject("matrix").withArray("cells").addObject().putObject("byState");
        expected.liveStates().forEach((state, n) -> {
            states.put(state.wireName(), n);
            cell.put(state.wireName(), n);
        });
        return report;
    }
}
