package io.followthrough.devhost.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import io.followthrough.devhost.TestDevHost;
import io.followthrough.devhost.data.PageRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The space report reads expected outcomes from their stored records, with the status people set. */
class OutcomesInReportTest {
    private static TestDevHost devhost;
    private static OutcomePages pages;

    @BeforeAll
    static void start() throws Exception {
        devhost = TestDevHost.start();
        pages = new OutcomePages(devhost);
    }

    @AfterAll
    static void stop() throws Exception {
        devhost.close();
    }

    @Test
    void theReportShowsAnOutcomesRecordedStatus() throws Exception {
        PageRecord page = pages.carolsOutcome("Reported outcome");
        long id = pages.onlyOutcomeId(page);
        assertThat(pages.setStatus(id, "carol", "off-track", "Supplier went bust", 1).statusCode()).isEqualTo(200);

        String json = devhost.get("/rest/followthrough/1.0/spaces/DEMO/report", "alice").body();

        assertThat(json).contains("\"title\":\"Launch\"").contains("\"status\":\"off-track\"");
    }
}
