package io.followthrough.core.report;

import static io.followthrough.core.commitment.Move.ACCEPT;
import static io.followthrough.core.commitment.Move.ACKNOWLEDGE;
import static io.followthrough.core.commitment.Move.DECLINE;
import static io.followthrough.core.commitment.Move.MARK_DONE;
import static org.assertj.core.api.Assertions.assertThat;

import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.commitment.Presence;
import io.followthrough.core.commitment.State;
import io.followthrough.core.param.ParameterProblem;
import io.followthrough.core.port.PageRef;
import io.followthrough.core.port.Person;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The report's figures, lists and charts on a fixed clock, from a space where one page is hidden from the admin. */
class SpaceReportsTest {
    private static final Instant NOW = Instant.parse("2026-03-16T12:00:00Z");
    private static final Optional<String> ALICE = Optional.of("alice");

    private final FakeSpace space = new FakeSpace();
    private final InMemorySpaceFigures figures = space.figures(ZoneOffset.UTC);
    private final SpaceReports reports = new SpaceReports(figures, space, space, space, Clock.fixed(NOW, ZoneOffset.UTC));
    private ActionItem awaiting;
    private ActionItem overdue;
    private ActionItem delivered;
    private ActionItem satisfied;
    private ActionItem hidden;
    private ActionItem removed;
    private PageRef plan;
    private PageRef board;

    @BeforeEach
    void aSpaceWithOneItemInEachStageAndOneOnAHiddenPage() {
        plan = space.page(1, "Plan");
        board = space.page(2, "Board pack");
        space.page(3, "Retro");
        space.hiddenFrom.put(2L, Set.of("alice"));
        awaiting = space.item(1, "alice", "bob", History.request("2026-03-10T09:00:00Z", "2026-03-20"), "2026-03-20");
        overdue = space.item(1, "alice", "carol", History.request("2026-03-02T09:00:00Z", "2026-03-12")
                .then(ACCEPT, "2026-03-02T10:00:00Z", "2026-03-12"), "2026-03-12");
        delivered = space.item(3, "bob", "carol", History.request("2026-03-03T09:00:00Z", "2026-03-30")
                .then(ACCEPT, "2026-03-03T11:00:00Z", "2026-03-30").then(MARK_DONE, "2026-03-13T09:00:00Z"), "2026-03-30");
        satisfied = space.item(3, "carol", "bob", History.request("2026-02-23T09:00:00Z", "2026-03-06")
                .then(ACCEPT, "2026-02-23T13:00:00Z", "2026-03-06").then(MARK_DONE, "2026-03-04T09:00:00Z")
                .then(ACKNOWLEDGE, "2026-03-05T09:00:00Z"), "2026-03-06");
        hidden = space.item(2, "alice", "dave", History.request("2026-03-01T09:00:00Z", "2026-03-05"), "2026-03-05");
        ActionItem declined = space.item(1, "bob", "alice", History.request("2026-03-04T09:00:00Z", null)
                .then(DECLINE, "2026-03-04T10:00:00Z"), null);
        removed = withPresence(declined, Presence.REMOVED);
        space.replace(removed);
    }

    private SpaceReport report(ReportQuery query) {
        return reports.report(ALICE, FakeSpace.KEY, query).orElseThrow();
    }

    private static ReportQuery query(String... parameters) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            map.put(parameters[i], parameters[i + 1]);
        }
        return ReportQueryReader.read(map).value();
    }

    private static List<Long> ids(List<ReportRow> rows) {
        return rows.stream().map(r -> r.item().id()).toList();
    }

    @Test
    void onlySpaceAdminsGetAReport() {
        assertThat(reports.report(Optional.of("bob"), FakeSpace.KEY, ReportQuery.everything())).isEmpty();
        assertThat(reports.report(Optional.empty(), FakeSpace.KEY, ReportQuery.everything())).isEmpty();
        assertThat(reports.report(ALICE, "OTHER", ReportQuery.everything())).isEmpty();
    }

    @Test
    void headlineFiguresCountOpenWorkOnPagesAndRatesOverEveryViewableItem() {
        Headline h = report(ReportQuery.everything()).headline();

        assertThat(h.awaitingAnswer()).isEqualTo(1);
        assertThat(h.oldestAwaiting().map(r -> r.item().id())).contains(awaiting.id());
        assertThat(h.inProgress()).isEqualTo(1);
        assertThat(h.overdue()).isEqualTo(1);
        assertThat(h.awaitingAcknowledgement()).isEqualTo(1);
        assertThat(h.satisfiedLast30Days()).isEqualTo(1);
        assertThat(h.satisfiedLast90Days()).isEqualTo(1);
        assertThat(h.items()).as("removed included, hidden not").isEqualTo(5);
        assertThat(h.declineRate()).as("the removed item was declined").isEqualTo(new Rate(1, 4));
        assertThat(h.onTimeLast()).isEqualTo(new Rate(2, 2));
        assertThat(h.medianTimeToAcknowledge()).contains(Duration.ofDays(1));
        assertThat(h.medianTimeToAnswer()).as("1h, 1h, 2h, 4h").contains(Duration.ofMinutes(90));
    }

    @Test
    void anItemOnAPageTheAdminCannotViewIsInNoFigureRowMatrixCellChartOrFilter() {
        SpaceReport report = report(query("removed", "true", "size", "200"));

        assertThat(ids(report.list().rows())).doesNotContain(hidden.id()).hasSize(5);
        assertThat(report.headline().oldestAwaiting().map(r -> r.item().id())).contains(awaiting.id());
        assertThat(report.matrix().ownerKeys()).doesNotContain("dave");
        assertThat(report.people()).doesNotContainKey("dave");
        assertThat(report.filters().pages().offered()).doesNotContain(board).containsExactly(plan, space.pages.get(3L));
        assertThat(report(query("pageId", "2")).filters().page()).as("not even when asked for").isEmpty();
        assertThat(report.charts().states().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(4);
        assertThat(report.charts().weeks().stream().mapToInt(WeekCount::created).sum()).isEqualTo(5);
    }

    @Test
    void theReportChecksPagesOnceAndAsksTheSameQuestionsWhateverItFinds() {
        report(ReportQuery.everything());
        int queries = figures.queries;
        report(query("state", "withdrawn"));

        assertThat(space.pageChecks).isEqualTo(2);
        assertThat(figures.queries).as("scope, counts, two medians, oldest, list; the list's count from the pairs")
                .isEqualTo(2 * queries).isEqualTo(12);
        report(query("due", "overdue"));
        assertThat(figures.queries).as("and the list's own count for a due window").isEqualTo(12 + 7);
    }

    @Test
    void theReportAsksTheDirectoryForEveryoneInTheMatrixAtOnce() {
        SpaceReport report = report(ReportQuery.everything());

        assertThat(space.userBatches).isEqualTo(1);
        assertThat(report.people()).containsKeys("alice", "bob", "carol");
        assertThat(space.usersAskedOneByOne).doesNotContain("alice", "bob", "carol");
    }

    @Test
    void theMatrixShowsWhoOwesWhomByStateForItemsOnPages() {
        Matrix matrix = report(ReportQuery.everything()).matrix();

        assertThat(matrix.requesterKeys()).containsExactly("alice", "bob", "carol");
        assertThat(matrix.ownerKeys()).as("the removed item's owner alice is not in it").containsExactly("bob", "carol");
        assertThat(matrix.cell("alice", "carol").orElseThrow().byState()).isEqualTo(Map.of(State.ACCEPTED, 1));
        assertThat(matrix.cell("carol", "bob").orElseThrow().open()).isZero();
        assertThat(matrix.cell("carol", "bob").orElseThrow().total()).isEqualTo(1);
        assertThat(matrix.cell("bob", "alice")).isEmpty();
        assertThat(matrix.hasOtherRequesters()).isFalse();
        assertThat(matrix.hasOtherOwners()).isFalse();
        assertThat(matrix.cells()).allSatisfy(c -> assertThat(c.requesterKey()).isPresent());
    }

    @Test
    void theMatrixShowsTheTwelveWithTheMostItemsEachWayAndAddsUpEveryoneElse() {
        // Requester r-NN asks owners o-01 to o-NN, one item each: r-14 has 14 items, o-01 has 14.
        for (int r = 1; r <= 14; r++) {
            for (int o = 1; o <= r; o++) {
                space.item(1, String.format("r-%02d", r), String.format("o-%02d", o), History.request("2026-03-10T09:00:00Z", null),
                        null);
            }
        }
        // Aaron ties r-03 at three items and wins the last row by display name, though his key sorts after;
        // o-99 ties o-12 and loses the last column by name.
        space.users.put("zz-aaron", new Person("zz-aaron", "aaron", "Aaron Example"));
        for (int i = 0; i < 3; i++) {
            space.item(1, "zz-aaron", "o-99", History.request("2026-03-10T09:00:00Z", null), null);
        }

        Matrix matrix = report(ReportQuery.everything()).matrix();

        assertThat(matrix.requesterKeys()).hasSize(Matrix.LIMIT).startsWith("r-14", "r-13").endsWith("r-04", "zz-aaron");
        assertThat(matrix.ownerKeys()).hasSize(Matrix.LIMIT).startsWith("o-01", "o-02").endsWith("o-12");
        assertThat(matrix.requesters()).as("r-01 to r-14, Aaron, alice, bob, carol").isEqualTo(18);
        assertThat(matrix.owners()).as("o-01 to o-14, o-99, bob, carol").isEqualTo(17);
        assertThat(matrix.hasOtherRequesters()).isTrue();
        assertThat(matrix.hasOtherOwners()).isTrue();
        assertThat(total(matrix, Optional.of("r-14"), Optional.empty())).as("o-13 and o-14").isEqualTo(2);
        assertThat(total(matrix, Optional.of("zz-aaron"), Optional.empty())).isEqualTo(3);
        assertThat(total(matrix, Optional.empty(), Optional.of("o-01"))).as("r-01, r-02 and r-03").isEqualTo(3);
        assertThat(matrix.cell(Optional.empty(), Optional.empty()).orElseThrow().byState()).as("the items of alice, bob and carol")
                .isEqualTo(Map.of(State.REQUESTED, 1, State.ACCEPTED, 1, State.DONE, 1, State.SATISFIED, 1));
        assertThat(matrix.cells().stream().mapToInt(MatrixCell::total).sum()).as("every item on a page")
                .isEqualTo(4 + 105 + 3);
        assertThat(rowTotal(matrix, Optional.of("r-14"))).isEqualTo(14);
        assertThat(rowTotal(matrix, Optional.empty())).as("r-01 to r-03 and the fixture").isEqualTo(1 + 2 + 3 + 4);
        assertThat(matrix.cells().stream().filter(c -> c.ownerKey().equals(Optional.of("o-01"))).mapToInt(MatrixCell::total)
                .sum()).isEqualTo(14);
        assertThat(matrix.cells()).as("at most one cell a pair").hasSize(matrix.cells().stream()
                .map(c -> List.of(c.requesterKey(), c.ownerKey())).distinct().toList().size());
    }

    private static int total(Matrix matrix, Optional<String> requester, Optional<String> owner) {
        return matrix.cell(requester, owner).map(MatrixCell::total).orElse(0);
    }

    private static int rowTotal(Matrix matrix, Optional<String> requester) {
        return matrix.cells().stream().filter(c -> c.requesterKey().equals(requester)).mapToInt(MatrixCell::total).sum();
    }

    @Test
    void listFiltersCombine() {
        assertThat(ids(report(query("due", "overdue")).list().rows())).containsExactly(overdue.id());
        assertThat(ids(report(query("owner", "carol")).list().rows())).containsExactly(overdue.id(), delivered.id());
        assertThat(ids(report(query("owner", "carol", "requester", "bob")).list().rows())).containsExactly(delivered.id());
        assertThat(ids(report(query("pageId", "3", "state", "satisfied")).list().rows())).containsExactly(satisfied.id());
        assertThat(ids(report(query("state", "closed", "removed", "true")).list().rows()))
                .containsExactlyInAnyOrder(satisfied.id(), removed.id());
        assertThat(ids(report(query("due", "week")).list().rows())).containsExactly(awaiting.id());
        assertThat(ids(report(query("due", "none", "removed", "true")).list().rows())).containsExactly(removed.id());
    }

    @Test
    void theOutcomeFilterMatchesItemsThatNameTheOutcome() {
        space.replace(withOutcome(awaiting, "Faster onboarding"));

        assertThat(ids(report(query("outcome", "Faster onboarding")).list().rows())).containsExactly(awaiting.id());
        assertThat(report(ReportQuery.everything()).filters().outcomes().offered()).containsExactly("Faster onboarding");
    }

    @Test
    void sortingByDueKeepsItemsWithoutADateLastInBothDirections() {
        assertThat(ids(report(query("sort", "due", "removed", "true")).list().rows()))
                .containsExactly(satisfied.id(), overdue.id(), awaiting.id(), delivered.id(), removed.id());
        assertThat(ids(report(query("sort", "-due", "removed", "true")).list().rows()))
                .containsExactly(delivered.id(), awaiting.id(), overdue.id(), satisfied.id(), removed.id());
    }

    @Test
    void sortingByOwnerUsesDisplayNames() {
        assertThat(report(query("sort", "owner")).list().rows()).extracting(r -> r.item().terms().ownerKey())
                .containsExactly("bob", "bob", "carol", "carol");
    }

    @Test
    void pagingShowsTheRequestedSliceAndThePageCount() {
        Paged<ReportRow> list = report(query("size", "3", "page", "2")).list();

        assertThat(list.total()).isEqualTo(4);
        assertThat(list.pages()).isEqualTo(2);
        assertThat(list.rows()).hasSize(1);
        assertThat(report(query("size", "3", "page", "9")).list().page()).as("past the end shows the last page").isEqualTo(2);
    }

    @Test
    void theWeeklyChartCountsCreatedAndSatisfiedItemsInTheirWeeks() {
        List<WeekCount> weeks = report(ReportQuery.everything()).charts().weeks();

        assertThat(weeks).hasSize(SpaceReports.WEEKS);
        assertThat(weeks.get(SpaceReports.WEEKS - 1).weekStart()).isEqualTo(LocalDate.of(2026, 3, 16));
        WeekCount weekOfMarch2 = weeks.get(SpaceReports.WEEKS - 3);
        assertThat(weekOfMarch2.weekStart()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(weekOfMarch2.created()).isEqualTo(3);
        assertThat(weekOfMarch2.satisfied()).isEqualTo(1);
    }

    @Test
    void outcomesGetTheirDerivedStatusFromTheirActionItems() {
        space.replace(withOutcome(overdue, "Launch"));
        space.replace(withOutcome(awaiting, "Docs"));
        space.outcomes.add(new OutcomeSummary(plan, "Launch", Optional.of("carol"), Optional.of(LocalDate.of(2026, 3, 31)),
                Optional.empty()));
        space.outcomes.add(new OutcomeSummary(plan, "Docs", Optional.empty(), Optional.of(LocalDate.of(2026, 3, 1)),
                Optional.of("on-track")));
        space.outcomes.add(new OutcomeSummary(board, "Secret", Optional.empty(), Optional.empty(), Optional.empty()));

        OutcomeOverview outcomes = report(ReportQuery.everything()).outcomes();

        assertThat(outcomes.outcomes().rows()).extracting(o -> o.outcome().title()).as("the overdue one first")
                .containsExactly("Docs", "Launch");
        assertThat(outcomes.outcomes().rows()).filteredOn(OutcomeStatus::withoutAcceptedAction)
                .extracting(o -> o.outcome().title()).containsExactly("Docs");
        assertThat(outcomes.withoutAcceptedAction()).isEqualTo(1);
        assertThat(outcomes.overdue()).isEqualTo(1);
        assertThat(outcomes.byStatus()).isEqualTo(Map.of(OutcomeOverview.NOT_RECORDED, 1, "on-track", 1));
    }

    @Test
    void outcomesThatNeedAttentionComeFirstThenTheRestByPageTitle() {
        space.replace(withOutcome(overdue, "Promised"));
        PageRef zoo = space.page(4, "Zoo");
        space.outcomes.add(new OutcomeSummary(board, "Secret", Optional.empty(), Optional.of(LocalDate.of(2026, 1, 1)),
                Optional.empty()));
        space.outcomes.add(new OutcomeSummary(plan, "Promised", Optional.empty(), Optional.empty(), Optional.of("on-track")));
        space.outcomes.add(new OutcomeSummary(plan, "Achieved without actions", Optional.empty(), Optional.empty(),
                Optional.of("achieved")));
        space.outcomes.add(new OutcomeSummary(zoo, "Nobody took it", Optional.empty(), Optional.empty(), Optional.of("planned")));
        space.outcomes.add(new OutcomeSummary(zoo, "At risk", Optional.empty(), Optional.empty(), Optional.of("at-risk")));
        space.outcomes.add(new OutcomeSummary(zoo, "Off track", Optional.empty(), Optional.empty(), Optional.of("off-track")));
        space.outcomes.add(new OutcomeSummary(zoo, "Late", Optional.empty(), Optional.of(LocalDate.of(2026, 3, 1)),
                Optional.of("on-track")));
        space.outcomes.add(new OutcomeSummary(zoo, "Late but done", Optional.empty(), Optional.of(LocalDate.of(2026, 3, 1)),
                Optional.of("achieved")));

        assertThat(report(ReportQuery.everything()).outcomes().outcomes().rows()).extracting(o -> o.outcome().title())
                .containsExactly("Late", "Off track", "At risk", "Nobody took it", "Promised", "Achieved without actions",
                        "Late but done");
    }

    @Test
    void theOutcomesTableShowsTwentyFiveRowsAPageAndItsCountsCoverEveryOutcome() {
        for (int i = 1; i <= 30; i++) {
            PageRef page = space.page(100 + i, String.format("Outcome page %02d", i));
            space.outcomes.add(new OutcomeSummary(page, "Outcome " + i, Optional.of("bob"), Optional.empty(),
                    Optional.of(i % 3 == 0 ? "on-track" : "planned")));
        }

        OutcomeOverview second = report(query("outcomesPage", "2")).outcomes();

        assertThat(second.outcomes().total()).isEqualTo(30);
        assertThat(second.outcomes().pages()).isEqualTo(2);
        assertThat(second.outcomes().page()).isEqualTo(2);
        assertThat(second.outcomes().rows()).extracting(o -> o.outcome().title()).as("the 26th row opens page 2")
                .containsExactly("Outcome 26", "Outcome 27", "Outcome 28", "Outcome 29", "Outcome 30");
        assertThat(second.byStatus()).isEqualTo(Map.of("planned", 20, "on-track", 10));
        assertThat(second.withoutAcceptedAction()).isEqualTo(30);
        assertThat(report(ReportQuery.everything()).outcomes().outcomes().rows()).hasSize(SpaceReports.TABLE_ROWS);
        assertThat(report(query("outcomesPage", "9")).outcomes().outcomes().page()).as("past the end shows the last page")
                .isEqualTo(2);
    }

    @Test
    void aPurposePastItsTimeFrameIsExpired() {
        space.purposes.add(new PurposeSummary(plan, Optional.of("alice"), Optional.of(LocalDate.of(2026, 3, 15)), Optional.empty()));
        space.purposes.add(new PurposeSummary(board, Optional.of("dave"), Optional.of(LocalDate.of(2027, 1, 1)), Optional.empty()));

        PurposeOverview purposes = report(ReportQuery.everything()).purposes();

        assertThat(purposes.purposes().rows()).hasSize(1);
        assertThat(purposes.purposes().rows().get(0).expired()).isTrue();
        assertThat(purposes.expired()).isEqualTo(1);
    }

    @Test
    void thePurposesTableShowsExpiredAndReviewDueFirstTwentyFiveAPageAndCountsThemAll() {
        space.purposes.add(new PurposeSummary(plan, Optional.empty(), Optional.of(LocalDate.of(2027, 1, 1)),
                Optional.of(LocalDate.of(2026, 3, 1))));
        for (int i = 1; i <= 28; i++) {
            PageRef page = space.page(100 + i, String.format("Purpose page %02d", i));
            space.purposes.add(new PurposeSummary(page, Optional.of("bob"), Optional.of(LocalDate.of(i == 28 ? 2026 : 2027, 1, 1)),
                    Optional.empty()));
        }

        PurposeOverview first = report(ReportQuery.everything()).purposes();
        PurposeOverview second = report(query("purposesPage", "2")).purposes();

        assertThat(first.purposes().rows()).hasSize(SpaceReports.TABLE_ROWS);
        assertThat(first.purposes().rows()).extracting(p -> p.purpose().page().title()).startsWith("Purpose page 28", "Plan",
                "Purpose page 01");
        assertThat(second.purposes().total()).isEqualTo(29);
        assertThat(second.purposes().rows()).extracting(p -> p.purpose().page().title()).as("the 26th row opens page 2")
                .containsExactly("Purpose page 24", "Purpose page 25", "Purpose page 26", "Purpose page 27");
        assertThat(second.expired()).isEqualTo(1);
        assertThat(second.reviewDue()).isEqualTo(1);
    }

    @Test
    void theMacroSummaryNamesItemsOnlyForSpaceAdmins() {
        SpaceSummary forAdmin = reports.summary(ALICE, FakeSpace.KEY, 1);
        SpaceSummary forBob = reports.summary(Optional.of("bob"), FakeSpace.KEY, 1);

        assertThat(forAdmin.admin()).isTrue();
        assertThat(ids(forAdmin.attention())).containsExactly(overdue.id(), awaiting.id());
        assertThat(forBob.admin()).isFalse();
        assertThat(forBob.attention()).isEmpty();
        assertThat(forBob.headline().items()).as("bob sees the board page").isEqualTo(6);
    }

    @Test
    void stateCountsInTheChartCoverEveryState() {
        assertThat(report(ReportQuery.everything()).charts().states().keySet())
                .isEqualTo(EnumSet.of(State.REQUESTED, State.ACCEPTED, State.DONE, State.SATISFIED));
    }

    @Test
    void aSpaceWithMoreThanTwoHundredPagesWithItemsOffersNoPageListAndTakesAPageTitleInstead() {
        for (int p = 1; p <= Choices.LIMIT; p++) {
            space.page(100 + p, "Page " + p);
            space.item(100 + p, "alice", "bob", History.request("2026-03-10T09:00:00Z", null), null);
        }

        SpaceReport all = report(ReportQuery.everything());
        SpaceReport onOne = report(query("pageTitle", "PAGE 150"));
        SpaceReport unknown = report(query("pageTitle", "Page 999"));

        assertThat(all.filters().pages().complete()).isFalse();
        assertThat(all.filters().pages().total()).isEqualTo(Choices.LIMIT + 2);
        assertThat(all.filters().pages().offered()).isEmpty();
        assertThat(onOne.list().rows()).extracting(r -> r.page().title()).containsExactly("Page 150");
        assertThat(onOne.filters().page().map(PageRef::title)).contains("Page 150");
        assertThat(onOne.filters().pages().offered()).extracting(PageRef::title).containsExactly("Page 150");
        assertThat(onOne.problems()).isEmpty();
        assertThat(unknown.problems()).containsExactly(new ParameterProblem("pageTitle", ParameterProblem.Code.UNKNOWN_PAGE,
                "Page 999"));
        assertThat(unknown.list().total()).as("the list is not filtered by a title it cannot find").isEqualTo(all.list().total());
        assertThat(report(query("pageTitle", "Board pack")).problems()).as("a hidden page is unknown").hasSize(1);
        assertThat(report(query("pageTitle", "Retro")).list().rows()).extracting(r -> r.item().id())
                .as("small spaces take a title too").containsExactly(satisfied.id(), delivered.id());
    }

    @Test
    void aFilterOffersTheTwoHundredWithTheMostItemsByNameAndTheSelectedOneWhereverItRanks() {
        for (int o = 1; o <= Choices.LIMIT + 1; o++) {
            space.item(1, "alice", String.format("owner-%03d", o), History.request("2026-03-10T09:00:00Z", null), null);
        }
        space.item(1, "alice", "owner-201", History.request("2026-03-10T09:00:00Z", null), null);

        Choices<String> owners = report(ReportQuery.everything()).filters().owners();
        Choices<String> withSelected = report(query("owner", "owner-199")).filters().owners();

        assertThat(owners.total()).as("bob and carol too").isEqualTo(Choices.LIMIT + 3);
        assertThat(owners.complete()).isFalse();
        assertThat(owners.offered()).hasSize(Choices.LIMIT).contains("bob", "carol", "owner-001", "owner-197", "owner-201")
                .doesNotContain("owner-198", "owner-199", "owner-200").as("by display name").startsWith("bob", "carol", "owner-001");
        assertThat(withSelected.offered()).hasSize(Choices.LIMIT + 1).contains("owner-199").doesNotContain("owner-198");
        assertThat(report(ReportQuery.everything()).filters().requesters().complete()).isTrue();
    }

    private static ActionItem withPresence(ActionItem i, Presence presence) {
        return new ActionItem(i.id(), i.pageId(), i.macroId(), i.spaceKey(), i.kind(), i.terms(), i.outcome(), i.state(),
                i.version(), i.termsVersion(), i.agreedDue(), i.counterDue(), presence, i.createdAt(), i.stateSince());
    }

    private static ActionItem withOutcome(ActionItem i, String outcome) {
        return new ActionItem(i.id(), i.pageId(), i.macroId(), i.spaceKey(), i.kind(), i.terms(), Optional.of(outcome),
                i.state(), i.version(), i.termsVersion(), i.agreedDue(), i.counterDue(), i.presence(), i.createdAt(),
                i.stateSince());
    }
}
