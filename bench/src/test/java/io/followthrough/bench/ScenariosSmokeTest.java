package io.followthrough.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each benchmark scenario at a small size on a real PostgreSQL: results and SQL statement counts
 * are checked (the scenarios verify their own answers), times are not.
 */
class ScenariosSmokeTest {
    private static BenchHost bench;
    private static Scenarios scenarios;

    @BeforeAll
    static void start() throws Exception {
        bench = BenchHost.start(null, Path.of(System.getProperty("devhost.pluginJar")));
        // Times are not asserted here, so one warm-up run is enough.
        scenarios = new Scenarios(bench.host(), 1);
    }

    @AfterAll
    static void stop() throws Exception {
        bench.close();
    }

    @Test
    void renderingCostsTheSameStatementsForTwentyItemsAsForOne() throws Exception {
        Measurement one = scenarios.renderPage(1, 3);
        Measurement twenty = scenarios.renderPage(20, 3);

        assertThat(one.nanos()).hasSize(3);
        assertThat(twenty.statementsPerRun()).isPositive().isEqualTo(one.statementsPerRun());
    }

    @Test
    void syncingAPageCostsTheSameStatementsWhateverItsNumberOfItems() throws Exception {
        Measurement small = scenarios.syncLargePage(60 * 1024, 3);
        Measurement large = scenarios.syncLargePage(300 * 1024, 3);

        assertThat(large.nanos()).hasSize(3);
        assertThat(large.statementsPerRun()).as("one read of the page's items, one changed item written")
                .isPositive().isEqualTo(small.statementsPerRun());
    }

    @Test
    void theReportOfAGeneratedSpaceShowsItsViewerWhatWasWrittenOnThePagesTheyMayView() throws Exception {
        GeneratedSpace space = generate("SMOKE40", 40);

        assertThat(space.hiddenPageIds(SpacePlan.REPORT_VIEWER)).as("some pages are hidden from the viewer").isNotEmpty();
        List<Measurement> reportAndBareSql = scenarios.spaceReportAgainstBareSql(space, 2);

        assertThat(reportAndBareSql).as("the scenario checks the report's and the bare SQL's figures before it times")
                .hasSize(2).allSatisfy(m -> assertThat(m.nanos()).hasSize(2));
    }

    @Test
    void theReportCostsTheSameStatementsForSixtyPagesAsForTwenty() throws Exception {
        Measurement small = scenarios.spaceReport(generate("SMOKE20", 20), 2);
        Measurement large = scenarios.spaceReport(generate("SMOKE60", 60), 2);

        assertThat(large.statementsPerRun()).isPositive().isEqualTo(small.statementsPerRun());
    }

    private static GeneratedSpace generate(String spaceKey, int pages) throws Exception {
        return new SpaceGenerator(bench.host(), System.out).generate(spaceKey, pages, 2);
    }

    @Test
    void concurrentMovesHaveOneWinnerOnOneItemAndAllWinOnDistinctItems() throws Exception {
        assertThat(scenarios.concurrentMovesOnOneItem(10).note()).startsWith("1 winners, 9 x 409, 0 other");
        assertThat(scenarios.concurrentMovesOnDistinctItems(10).note()).startsWith("10 winners, 0 x 409, 0 other");
    }
}
