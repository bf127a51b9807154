// What HostActiveObjects must do on every supported database; one test class per database runs these tests.
package io.followthrough.devhost.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.followthrough.devhost.db.HostDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import net.java.ao.ActiveObjectsException;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

abstract class HostActiveObjectsContract {

    static final String NAMESPACE = "io.followthrough";

    @TempDir
    Path dataDir;

    HostDatabase database;
    HostActiveObjects ao;

    abstract HostDatabase openDatabase(Path dataDir);

    @BeforeEach
    void openDatabaseWithNotesTable() {
        database = openDatabase(dataDir);
        ao = new HostActiveObjects(database.dataSource(), database.kind(), NAMESPACE);
        ao.migrate(AoNote.class);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void anEntityCreatedWithColumnNamesIsFoundByAQueryOnThem() {
        note("m-1", "Ship it", 3);
        note("m-2", "Other", 1);

        AoNote[] found = ao.find(AoNote.class, Query.select().where("MACRO_ID = ?", "m-1"));

        assertThat(found).extracting(AoNote::getTitle, AoNote::getWeight).containsExactly(tuple("Ship it", 3));
    }

    @Test
    void criteriaOrderAndLimitUseColumnNames() {
        for (int weight = 1; weight <= 5; weight++) {
            note("m-" + weight, "Note " + weight, weight);
        }

        assertThat(ao.find(AoNote.class, "WEIGHT > ?", 2)).hasSize(3);
        assertThat(ao.find(AoNote.class, Query.select().order("WEIGHT DESC").limit(2)))
                .extracting(AoNote::getWeight).containsExactly(5, 4);
        assertThat(ao.find(AoNote.class)).hasSize(5);
    }

    @Test
    void countsAllRowsOrThoseMatchingCriteriaOrAQuery() {
        note("m-1", "One", 1);
        note("m-2", "Two", 2);
        note("m-3", "Three", 3);

        assertThat(ao.count(AoNote.class)).isEqualTo(3);
        assertThat(ao.count(AoNote.class, "WEIGHT > ?", 1)).isEqualTo(2);
        assertThat(ao.count(AoNote.class, Query.select().where("MACRO_ID = ?", "m-1"))).isEqualTo(1);
    }

    @Test
    void savedChangesAreSeenByAFreshLookup() {
        AoNote note = note("m-1", "Draft", 1);

        note.setTitle("Final");
        note.save();

        assertThat(ao.get(AoNote.class, note.getID()).getTitle()).isEqualTo("Final");
    }

    @Test
    void entitiesAreFetchedByTheirKeys() {
        AoNote first = note("m-1", "One", 1);
        AoNote second = note("m-2", "Two", 2);

        assertThat(ao.get(AoNote.class, first.getID(), second.getID()))
                .extracting(AoNote::getMacroId).containsExactlyInAnyOrder("m-1", "m-2");
    }

    @Test
    void deletedEntitiesAreGone() {
        AoNote first = note("m-1", "One", 1);
        note("m-2", "Two", 2);

        ao.delete(first);
        assertThat(ao.find(AoNote.class)).extracting(AoNote::getMacroId).containsExactly("m-2");

        assertThat(ao.deleteWithSQL(AoNote.class, "MACRO_ID = ?", "m-2")).isEqualTo(1);
        assertThat(ao.count(AoNote.class)).isZero();
    }

    @Test
    void bulkCreateInsertsEveryRow() {
        ao.create(AoNote.class, List.of(
                Map.<String, Object>of("MACRO_ID", "m-1", "TITLE", "One", "WEIGHT", 1),
                Map.<String, Object>of("MACRO_ID", "m-2", "TITLE", "Two", "WEIGHT", 2)));

        assertThat(ao.find(AoNote.class, Query.select().order("WEIGHT"))).extracting(AoNote::getTitle).containsExactly("One", "Two");
    }

    @Test
    void streamingVisitsEveryMatchingRowWithTheSelectedValues() {
        note("m-1", "One", 1);
        note("m-2", "Two", 2);
        note("m-3", "Three", 3);
        List<String> titles = new ArrayList<>();

        ao.stream(AoNote.class, Query.select("ID, TITLE").where("WEIGHT > ?", 1).order("WEIGHT"), note -> titles.add(note.getTitle()));

        assertThat(titles).containsExactly("Two", "Three");
    }

    @Test
    void aTransactionCommitsWhenItsCallbackReturns() {
        Integer id = ao.executeInTransaction(() -> note("m-1", "Kept", 1).getID());

        assertThat(ao.get(AoNote.class, id).getTitle()).isEqualTo("Kept");
    }

    @Test
    void aTransactionRollsBackAndRethrowsWhenItsCallbackThrows() {
        IllegalStateException failure = new IllegalStateException("callback failed");

        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
            note("m-1", "Lost", 1);
            throw failure;
        })).isSameAs(failure);

        assertThat(ao.count(AoNote.class)).isZero();
    }

    @Test
    void workInsideATransactionSeesItselfWhileOtherConnectionsSeeItOnlyAfterCommit() {
        ao.executeInTransaction(() -> {
            note("m-1", "Pending", 1);
            assertThat(ao.count(AoNote.class)).isEqualTo(1);
            assertThat(countOnAnotherThread()).isZero();
            return null;
        });

        assertThat(countOnAnotherThread()).isEqualTo(1);
    }

    @Test
    void aNestedTransactionJoinsTheOuterOne() {
        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
            ao.executeInTransaction(() -> note("m-1", "Inner", 1));
            throw new IllegalStateException("outer failed");
        })).hasMessage("outer failed");

        assertThat(ao.count(AoNote.class)).isZero();
    }

    @Test
    void theSalTransactionTemplateRunsTheCallbackInAnActiveObjectsTransaction() {
        HostTransactionTemplate template = new HostTransactionTemplate(ao);

        assertThatThrownBy(() -> template.execute(() -> {
            note("m-1", "Lost", 1);
            throw new IllegalStateException("failed");
        })).hasMessage("failed");
        template.execute(() -> note("m-2", "Kept", 2));

        assertThat(ao.find(AoNote.class)).extracting(AoNote::getTitle).containsExactly("Kept");
    }

    @Test
    @SuppressWarnings("unchecked") // ActiveObjects.migrate takes generic varargs, as in Confluence
    void upgradeTasksRunOnceInVersionOrderAndTheModelVersionIsStored() throws SQLException {
        List<String> log = new ArrayList<>();
        List<ActiveObjectsUpgradeTask> tasks = List.of(
                task("2", log, activeObjects -> { }),
                task("1", log, activeObjects -> activeObjects.migrate(AoNote.class)));

        ao.upgrade(tasks, AoNote.class);
        new HostActiveObjects(database.dataSource(), database.kind(), NAMESPACE).upgrade(tasks, AoNote.class);

        assertThat(log).containsExactly("1 after 0", "2 after 1");
        assertThat(storedModelVersion()).isEqualTo("2");
    }

    @Test
    void aFailingUpgradeTaskStopsTheLaterOnesAndRunsAgainOnTheNextStart() throws SQLException {
        List<String> log = new ArrayList<>();
        boolean[] failNow = {true};
        List<ActiveObjectsUpgradeTask> tasks = List.of(
                task("1", log, activeObjects -> { }),
                task("2", log, activeObjects -> {
                    activeObjects.create(AoNote.class, new DBParam("MACRO_ID", "from-2"), new DBParam("TITLE", "t"), new DBParam("WEIGHT", 2));
                    if (failNow[0]) {
                        throw new IllegalStateException("task 2 failed");
                    }
                }),
                task("3", log, activeObjects -> { }));

        assertThatThrownBy(() -> ao.upgrade(tasks, AoNote.class)).hasMessage("task 2 failed");
        assertThat(log).containsExactly("1 after 0", "2 after 1");
        assertThat(storedModelVersion()).isEqualTo("1");
        assertThat(ao.count(AoNote.class)).as("the failed task's writes are rolled back").isZero();

        failNow[0] = false;
        new HostActiveObjects(database.dataSource(), database.kind(), NAMESPACE).upgrade(tasks, AoNote.class);

        assertThat(log).containsExactly("1 after 0", "2 after 1", "2 after 1", "3 after 2");
        assertThat(storedModelVersion()).isEqualTo("3");
        assertThat(ao.count(AoNote.class)).isEqualTo(1);
    }

    @Test
    void upgradeMigratesTheEntitiesAfterTheTasks() {
        ao.upgrade(List.of(), AoTableNameAtLimit.class);

        assertThat(ao.count(AoTableNameAtLimit.class)).isZero();
    }

    @Test
    void twoUpgradeTasksWithTheSameModelVersionAreRefused() {
        List<String> log = new ArrayList<>();
        List<ActiveObjectsUpgradeTask> tasks = List.of(task("1", log, activeObjects -> { }), task("1", log, activeObjects -> { }));

        assertThatThrownBy(() -> ao.upgrade(tasks)).hasMessageContaining("Two upgrade tasks have model version 1");
        assertThat(log).isEmpty();
    }

    @Test
    void anEntityWhoseTableNameIsLongerThan30CharactersIsRefused() {
        assertThatThrownBy(() -> ao.migrate(AoLongTableName.class))
                .isInstanceOf(ActiveObjectsException.class)
                .hasMessage("Entity io.followthrough.devhost.ao.AoLongTableName: table name AO_5033A6_NAME_BEYOND_THE_LIMIT"
                        + " is 31 characters; Confluence allows at most 30");
        assertThat(tableExists("AO_5033A6_NAME_BEYOND_THE_LIMIT")).isFalse();
    }

    @Test
    void aTableNameOfExactly30CharactersIsAccepted() {
        ao.migrate(AoTableNameAtLimit.class);

        assertThat(tableExists("AO_5033A6_EXACTLY_TWENTY_CHARS")).isTrue();
    }

    @Test
    void anEntityWithAColumnNameLongerThan30CharactersIsRefused() {
        assertThatThrownBy(() -> ao.migrate(AoLongColumnName.class))
                .isInstanceOf(ActiveObjectsException.class)
                .hasMessage("Entity io.followthrough.devhost.ao.AoLongColumnName: column name DESCRIPTION_OF_THE_OUTCOME_IN_FULL"
                        + " is 34 characters; Confluence allows at most 30");
        assertThat(tableExists("AO_5033A6_LONG_COLUMN")).isFalse();
    }

    @Test
    void anOracleReservedColumnNameIsRefused() {
        assertThatThrownBy(() -> ao.migrate(AoReservedColumnName.class))
                .isInstanceOf(ActiveObjectsException.class)
                .hasMessageStartingWith("Entity io.followthrough.devhost.ao.AoReservedColumnName: column name NUMBER is reserved in Oracle");
    }

    @Test
    void generatedIndexNamesAreShortenedToAtMost30Characters() throws SQLException {
        ao.migrate(AoLongIndexName.class);

        List<String> indexes = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
                ResultSet rows = connection.getMetaData().getIndexInfo(null, null, "AO_5033A6_INDEXED_THINGS", false, false)) {
            while (rows.next()) {
                if ("MACRO_IDENTIFIER_OF_THE_OWNER".equals(rows.getString("COLUMN_NAME"))) {
                    indexes.add(rows.getString("INDEX_NAME"));
                }
            }
        }
        assertThat(indexes).singleElement().satisfies(name -> assertThat(name.length()).isLessThanOrEqualTo(30));
    }

    @Test
    void destructiveMigrationDropsOnlyThisNamespacesTables() {
        HostActiveObjects otherPlugin = new HostActiveObjects(database.dataSource(), database.kind(), "com.example.other");
        otherPlugin.migrate(AoNote.class);
        ao.migrate(AoTableNameAtLimit.class);

        ao.migrateDestructively(AoNote.class);

        assertThat(tableExists("AO_5033A6_EXACTLY_TWENTY_CHARS")).isFalse();
        assertThat(tableExists("AO_5033A6_NOTE")).isTrue();
        assertThat(tableExists(otherPlugin.tablePrefix() + "NOTE")).isTrue();
    }

    AoNote note(String macroId, String title, int weight) {
        return ao.create(AoNote.class, new DBParam("MACRO_ID", macroId), new DBParam("TITLE", title), new DBParam("WEIGHT", weight));
    }

    static ActiveObjectsUpgradeTask task(String version, List<String> log, Consumer<ActiveObjects> work) {
        return new ActiveObjectsUpgradeTask() {
            @Override
            public ModelVersion getModelVersion() {
                return ModelVersion.valueOf(version);
            }

            @Override
            public void upgrade(ModelVersion currentVersion, ActiveObjects activeObjects) {
                log.add(version + " after " + currentVersion);
                work.accept(activeObjects);
            }
        };
    }

    String storedModelVersion() throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT MODEL_VERSION FROM DEVHOST_AO_MODEL WHERE NAMESPACE = ?")) {
            query.setString(1, NAMESPACE);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    boolean tableExists(String table) {
        try (Connection connection = database.dataSource().getConnection();
                ResultSet rows = connection.getMetaData().getTables(null, null, table, new String[] {"TABLE"})) {
            return rows.next();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // Waits at most 10 seconds, so a reader blocked by the open transaction fails the test instead of hanging it.
    private int countOnAnotherThread() {
        return CompletableFuture.supplyAsync(() -> ao.count(AoNote.class)).orTimeout(10, TimeUnit.SECONDS).join();
    }
}
