package io.followthrough.devhost;

import static org.assertj.core.api.Assertions.assertThat;

import io.followthrough.devhost.data.PageRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a newcomer sees after ./run: the demo pages with a rendered purpose, an expected outcome and tracked action items. */
class DemoDataTest {
    private static TestDevHost devhost;

    @BeforeAll
    static void start() throws Exception {
        devhost = TestDevHost.start();
    }

    @AfterAll
    static void stop() throws Exception {
        devhost.close();
    }

    @Test
    void theOnboardingPageShowsItsPurposeAndThreeTrackedActionItems() throws Exception {
        PageRecord page = devhost.host().app().pages()
                .byTitle(devhost.demoSpace().getId(), "Customer onboarding revamp").orElseThrow();

        Document view = Jsoup.parse(devhost.viewPage(page, "bob").body());

        assertThat(page.id()).as("ids start at 1, as in Confluence").isPositive();
        assertThat(view.select(".ft-purpose .ft-user").text()).isEqualTo("Alice Archer");
        assertThat(view.select(".ft-action .ft-untracked")).isEmpty();
        assertThat(view.select(".ft-action .ft-state").eachText()).containsExactly("Requested", "Requested", "Requested");
        assertThat(view.select(".ft-action .ft-overdue")).as("carol's training is three days late").hasSize(1);
        assertThat(view.select(".ft-action .ft-move[data-move=accept]")).as("bob may accept his own item only").hasSize(1);
    }

    @Test
    void theOnboardingPageHasAnOutcomeCarolOwnsThatTwoActionItemsDeliver() throws Exception {
        PageRecord page = devhost.host().app().pages()
                .byTitle(devhost.demoSpace().getId(), "Customer onboarding revamp").orElseThrow();

        Document view = Jsoup.parse(devhost.viewPage(page, "carol").body());

        assertThat(view.select(".ft-outcome .ft-outcome-title").text()).isEqualTo("Onboarding in two weeks");
        assertThat(view.select(".ft-outcome .ft-owner").text()).isEqualTo("Owner: Carol Chen");
        assertThat(view.select(".ft-outcome .ft-status").text()).isEqualTo("Planned");
        assertThat(view.select(".ft-outcome .ft-rollup-total").text()).isEqualTo("Action items: 2");
        assertThat(view.select(".ft-outcome .ft-rollup-overdue").text()).isEqualTo("1 overdue");
        assertThat(view.select(".ft-outcome .ft-set-status")).as("carol owns it").hasSize(1);
        assertThat(view.select(".ft-action .aui-message-error")).isEmpty();
        assertThat(view.select(".ft-purpose .ft-outcome-list li").text()).contains("Onboarding in two weeks");
    }
}
