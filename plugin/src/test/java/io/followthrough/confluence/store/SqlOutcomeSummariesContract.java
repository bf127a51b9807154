package io.followthrough.confluence.store;

import static io.followthrough.confluence.store.OutcomeExamples.CREATED;
import static io.followthrough.confluence.store.OutcomeExamples.created;
import static io.followthrough.confluence.store.OutcomeExamples.purpose;
import static org.assertj.core.api.Assertions.assertThat;

import io.followthrough.core.commitment.Presence;
import io.followthrough.core.outcome.Outcome;
import io.followthrough.core.outcome.OutcomeStatus;
import io.followthrough.core.port.PageRef;
import io.followthrough.core.purpose.PagePurpose;
import io.followthrough.core.report.OutcomeSummary;
import io.followthrough.core.report.PurposeSummary;
import io.followthrough.core.report.SpaceGoals;
import io.followthrough.devhost.ao.HostActiveObjects;
import io.followthrough.devhost.db.HostDatabase;
import io.followthrough.devhost.db.HostTransactionalExecutorFactory;
import io.followthrough.devhost.db.StatementCounter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the report's outcome and purpose summaries must read on every database; one test class per database. */
abstract class SqlOutcomeSummariesContract {
    private static final PageRef FIRST = new PageRef(1, "First page", "DEV");
    private static final PageRef SECOND = new PageRef(2, "Second page", "DEV");
    private static final PageRef HIDDEN = new PageRef(3, "Hidden page", "DEV");

    @TempDir
    Path dataDir;

    private HostDatabase database;
    private StatementCounter counter;
    private AoOutcomeStore outcomes;
    private AoPurposeStore purposes;
    private SqlOutcomeSummaries summaries;

    abstract HostDatabase openDatabase(Path dataDir);

    @BeforeEach
    void openDatabaseWithTables() {
        database = openDatabase(dataDir);
        HostActiveObjects ao = StoreDatabases.activeObjects(database);
        StoreDatabases.upgradeToNewest(ao);
        outcomes = new AoOutcomeStore(ao);
        purposes = new AoPurposeStore(ao);
        counter = new StatementCounter(database.dataSource());
        summaries = new SqlOutcomeSummaries(new HostTransactionalExecutorFactory(counter.dataSource()));
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void theLiveOutcomesAndPurposesOfTheViewablePagesOfTheSpaceInPageOrder() {
        outcome(2, "o-1", "Ship it", Optional.of("owner-1"), Optional.of(LocalDate.of(2027, 1, 31)), OutcomeStatus.AT_RISK, Presence.LIVE);
        outcome(1, "o-2", "Zoë's \"launch\" 日本", Optional.empty(), Optional.empty(), OutcomeStatus.PLANNED, Presence.LIVE);
        outcome(1, "o-3", "Gone", Optional.empty(), Optional.empty(), OutcomeStatus.PLANNED, Presence.REMOVED);
        outcome(3, "o-4", "Secret", Optional.empty(), Optional.empty(), OutcomeStatus.ACHIEVED, Presence.LIVE);
        outcomes.create(planned(1, "o-5", "OPS"), created(planned(1, "o-5", "OPS")));
        outcome(2, "o-6", "Measure it", Optional.of("owner-6"), Optional.empty(), OutcomeStatus.OFF_TRACK, Presence.LIVE);
        purposes.save(purpose(1));
        purposes.save(purpose(3));
        PagePurpose unsponsored = purpose(2);
        purposes.save(new PagePurpose(0, 2, unsponsored.macroId(), "DEV", Optional.empty(), Optional.empty(), Optional.empty(),
                Presence.REMOVED));

        long before = counter.count();
        SpaceGoals goals = summaries.of("DEV", List.of(FIRST, SECOND));

        assertThat(counter.count() - before).as("one statement for the purposes, one for the outcomes").isEqualTo(2);
        assertThat(goals.outcomes()).containsExactly(
                new OutcomeSummary(FIRST, "Zoë's \"launch\" 日本", Optional.empty(), Optional.empty(), Optional.of("planned")),
                new OutcomeSummary(SECOND, "Ship it", Optional.of("owner-1"), Optional.of(LocalDate.of(2027, 1, 31)),
                        Optional.of("at-risk")),
                new OutcomeSummary(SECOND, "Measure it", Optional.of("owner-6"), Optional.empty(), Optional.of("off-track")));
        assertThat(goals.purposes()).containsExactly(new PurposeSummary(FIRST, Optional.of("sponsor-1"),
                Optional.of(LocalDate.of(2027, 6, 30)), Optional.of(LocalDate.of(2027, 1, 15))));
    }

    @Test
    void noViewablePagesNeedNoQuery() {
        outcome(1, "o-1", "Ship it", Optional.empty(), Optional.empty(), OutcomeStatus.PLANNED, Presence.LIVE);

        assertThat(summaries.of("DEV", List.of())).isEqualTo(SpaceGoals.none());
        assertThat(counter.count()).isZero();
    }

    private void outcome(long pageId, String macroId, String title, Optional<String> owner, Optional<LocalDate> due,
                         OutcomeStatus status, Presence presence) {
        Outcome outcome = new Outcome(0, pageId, macroId, "DEV", title, owner, due, "", status, 1, presence, CREATED, CREATED);
        outcomes.create(outcome, created(outcome));
    }

    private static Outcome planned(long pageId, String macroId, String spaceKey) {
        return new Outcome(0, pageId, macroId, spaceKey, "Elsewhere", Optional.empty(), Optional.empty(), "", OutcomeStatus.PLANNED,
                1, Presence.LIVE, CREATED, CREATED);
    }
}
