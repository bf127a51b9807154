package io.followthrough.confluence.store;

import static io.followthrough.confluence.store.ActionItemExamples.created;
import static io.followthrough.confluence.store.ActionItemExamples.request;
import static io.followthrough.confluence.store.OutcomeExamples.planned;
import static io.followthrough.confluence.store.OutcomeExamples.purpose;
import static io.followthrough.confluence.store.StoreDatabases.activeObjects;
import static io.followthrough.confluence.store.StoreDatabases.open;
import static io.followthrough.confluence.store.StoreDatabases.tableExists;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.outcome.Outcome;
import io.followthrough.devhost.ao.HostActiveObjects;
import io.followthrough.devhost.db.HostDatabase;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Checks the second upgrade task adds the outcome and purpose tables to a version 1 database without touching its items. */
class Upgrade02CreateOutcomeTablesTest {

    @TempDir
    Path dataDir;

    @Test
    void itBringsTheModelToVersionTwo() {
        assertThat(new Upgrade02CreateOutcomeTables().getModelVersion().isSame(ModelVersion.valueOf("2"))).isTrue();
        assertThat(new Upgrade02CreateOutcomeTables().getModelVersion().isNewerThan(new Upgrade01CreateTables().getModelVersion()))
                .isTrue();
    }

    @ParameterizedTest
    @EnumSource(HostDatabase.Kind.class)
    void onAVersionOneDatabaseItAddsTheNewTablesAndKeepsTheItems(HostDatabase.Kind kind) throws SQLException {
        try (HostDatabase database = open(kind, dataDir)) {
            activeObjects(database).upgrade(List.of(new Upgrade01CreateTables()));
            ActionItem item = new AoActionItemStore(activeObjects(database), java.time.Clock.systemDefaultZone()).insertRows(request(1, "m-1"), created(request(1, "m-1")));
            assertThat(tableExists(database, "AO_5033A6_OUTCOME")).isFalse();

            HostActiveObjects upgraded = activeObjects(database);
            upgraded.upgrade(List.of(new Upgrade01CreateTables(), new Upgrade02CreateOutcomeTables()));

            for (String table : List.of("OUTCOME", "OUTCOME_EVENT", "PURPOSE")) {
                assertThat(tableExists(database, upgraded.tablePrefix() + table)).as(table).isTrue();
            }
            assertThat(new AoActionItemStore(upgraded, java.time.Clock.systemDefaultZone()).byPage(1)).containsExactly(item);
            AoOutcomeStore outcomes = new AoOutcomeStore(upgraded);
            Outcome outcome = outcomes.create(planned(1, "o-1"), OutcomeExamples.created(planned(1, "o-1")));
            assertThat(outcomes.byPage(1)).containsExactly(outcome);
            assertThat(new AoPurposeStore(upgraded).save(purpose(1)).id()).isPositive();
        }
    }

    @ParameterizedTest
    @EnumSource(HostDatabase.Kind.class)
    void onAnEmptyDatabaseBothTasksRunAndStartingAgainKeepsTheOutcomes(HostDatabase.Kind kind) {
        try (HostDatabase database = open(kind, dataDir)) {
            List<ActiveObjectsUpgradeTask> tasks = List.of(new Upgrade01CreateTables(), new Upgrade02CreateOutcomeTables());
            activeObjects(database).upgrade(tasks);
            Outcome outcome = new AoOutcomeStore(activeObjects(database)).create(planned(1, "o-1"),
                    OutcomeExamples.created(planned(1, "o-1")));

            HostActiveObjects restarted = activeObjects(database);
            restarted.upgrade(tasks, AoActionItem.class, AoItemEvent.class, AoOutcome.class, AoOutcomeEvent.class, AoPurpose.class);

            assertThat(new AoOutcomeStore(restarted).byPage(1)).containsExactly(outcome);
        }
    }
}
