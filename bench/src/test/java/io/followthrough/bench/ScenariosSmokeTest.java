package io.followthrough.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
        scenarios = new Scenarios(bench.host());
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
    void concurrentMovesHaveOneWinnerOnOneItemAndAllWinOnDistinctItems() throws Exception {
        assertThat(scenarios.concurrentMovesOnOneItem(10).note()).startsWith("1 winners, 9 x 409, 0 other");
        assertThat(scenarios.concurrentMovesOnDistinctItems(10).note()).startsWith("10 winners, 0 x 409, 0 other");
    }
}
