package io.followthrough.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.followthrough.bench.SpacePlan.ItemMove;
import io.followthrough.bench.SpacePlan.ItemPlan;
import io.followthrough.bench.SpacePlan.PagePlan;
import io.followthrough.bench.SpacePlan.Step;
import io.followthrough.core.commitment.Move;
import io.followthrough.core.commitment.State;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generator's plan at full size, without a database: sizes, spreads and that nothing happens after now. */
class SpacePlanTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:15:30Z");
    private static final ZoneId ZONE = ZoneOffset.UTC;
    private static SpacePlan plan;
    private static List<ItemPlan> items;

    @BeforeAll
    static void draw() {
        plan = SpacePlan.draw("BIG", 10_000, NOW, ZONE);
        items = plan.pages.stream().flatMap(p -> p.items.stream()).toList();
    }

    @Test
    void aSpaceOfTenThousandPagesHasTheSizesOfTheDesign() {
        assertThat(plan.items()).isEqualTo(100_000);
        assertThat(plan.outcomes()).isEqualTo(5_000);
        assertThat(plan.purposes()).isEqualTo(1_000);
        assertThat(plan.owners).hasSize(200);
        assertThat(plan.requesters).hasSize(60);
    }

    @Test
    void theSameSizeAndMomentGiveTheSamePlan() {
        SpacePlan again = SpacePlan.draw("BIG", 10_000, NOW, ZONE);

        assertThat(again.steps()).isEqualTo(plan.steps());
        for (int i = 0; i < plan.pages.size(); i += 97) {
            PagePlan page = plan.pages.get(i);
            PagePlan same = again.pages.get(i);
            assertThat(same.title).isEqualTo(page.title);
            assertThat(same.items.stream().map(item -> item.macroId + item.finalState + item.stateSince).toList())
                    .isEqualTo(page.items.stream().map(item -> item.macroId + item.finalState + item.stateSince).toList());
        }
    }

    @Test
    void itemsPerPageAreSkewedFromNoneToTwoHundred() {
        List<Integer> perPage = plan.pages.stream().map(p -> p.items.size()).toList();

        assertThat(perPage.stream().filter(n -> n == 0).count()).isBetween(1_500L, 2_500L);
        assertThat(perPage.stream().filter(n -> n >= 1 && n <= 15).count()).isGreaterThan(6_000L);
        assertThat(perPage.stream().filter(n -> n >= 50).count()).isBetween(200L, 400L);
        assertThat(perPage.stream().mapToInt(Integer::intValue).max().orElseThrow()).isBetween(150, 220);
    }

    @Test
    void ownersAndRequestersAreSpreadUnevenly() {
        Map<String, Long> byOwner = items.stream().collect(Collectors.groupingBy(i -> i.owner.username(),
                Collectors.counting()));
        long busiest = byOwner.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        long quietest = byOwner.values().stream().mapToLong(Long::longValue).min().orElseThrow();

        assertThat(byOwner).hasSize(200);
        assertThat(busiest).isGreaterThan(50 * quietest);
    }

    @Test
    void dueDatesRunFromNinetyDaysBackToOneHundredTwentyAheadAndSomeHaveNone() {
        LocalDate today = LocalDate.ofInstant(NOW, ZONE);

        assertThat(share(items.stream().filter(i -> i.due == null).count())).isCloseTo(0.15, within(0.01));
        assertThat(items).filteredOn(i -> i.due != null)
                .allMatch(i -> !i.due.isBefore(today.minusDays(90)) && !i.due.isAfter(today.plusDays(120)));
    }

    @Test
    void aboutFortyPercentOfItemsNameAnOutcomeOfTheirPage() {
        assertThat(share(items.stream().filter(i -> i.outcome != null).count())).isCloseTo(0.40, within(0.02));
        for (PagePlan page : plan.pages) {
            assertThat(page.items).filteredOn(i -> i.outcome != null)
                    .allMatch(i -> page.outcomes.stream().anyMatch(o -> o.title.equals(i.outcome)));
        }
    }

    @Test
    void itemsEndInEveryStateOfALivingSpaceWithSomeRemovedRenegotiatedAndReopened() {
        Map<State, Long> states = new EnumMap<>(State.class);
        items.forEach(i -> states.merge(i.finalState, 1L, Long::sum));
        List<ItemMove> moves = plan.pages.stream().flatMap(p -> p.steps.stream())
                .filter(ItemMove.class::isInstance).map(ItemMove.class::cast).toList();

        assertThat(states.keySet()).contains(State.REQUESTED, State.OFFERED, State.COUNTERED, State.ACCEPTED, State.DONE,
                State.SATISFIED, State.DECLINED, State.WITHDRAWN, State.RELEASED, State.CANCELLED);
        assertThat(share(states.get(State.SATISFIED))).as("satisfied").isBetween(0.15, 0.4);
        assertThat(share(states.get(State.ACCEPTED))).as("in progress: most due dates lie ahead").isBetween(0.25, 0.5);
        assertThat(share(items.stream().filter(i -> i.removed).count())).isCloseTo(0.03, within(0.01));
        assertThat(moves).anyMatch(m -> m.move() == Move.COUNTER).anyMatch(m -> m.move() == Move.REOPEN)
                .anyMatch(m -> m.move() == Move.REJECT_COUNTER);
        assertThat(plan.pages.stream().flatMap(p -> p.steps.stream()))
                .anyMatch(s -> s instanceof SpacePlan.ItemEdit edit && !edit.removes());
    }

    @Test
    void historiesSpanMonthsAndEndBeforeNow() {
        List<Step> steps = plan.pages.stream().flatMap(p -> p.steps.stream()).toList();

        assertThat(steps).allMatch(s -> s.at().isBefore(NOW));
        assertThat(steps.stream().map(Step::at).min(Instant::compareTo).orElseThrow())
                .isBefore(NOW.minus(Duration.ofDays(150)));
        for (PagePlan page : plan.pages) {
            assertThat(page.steps).isSortedAccordingTo(Comparator.comparing(Step::at));
        }
    }

    @Test
    void aboutFivePercentOfPagesAreRestrictedAndSomeHideFromTheReportViewer() {
        long restricted = plan.pages.stream().filter(p -> !p.restrictedTo.isEmpty()).count();
        long hidden = plan.pages.stream().filter(p -> !p.viewableBy(SpacePlan.REPORT_VIEWER)).count();

        assertThat(restricted).isEqualTo(500);
        assertThat(hidden).isEqualTo(200);
    }

    private static double share(long count) {
        return count / (double) items.size();
    }
}
