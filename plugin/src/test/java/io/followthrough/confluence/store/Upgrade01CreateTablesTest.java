package io.followthrough.confluence.store;

import static io.followthrough.confluence.store.ActionItemExamples.created;
import static io.followthrough.confluence.store.ActionItemExamples.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ModelVersion;
import io.followthrough.core.commitment.ActionItem;
import io.followthrough.devhost.ao.HostActiveObjects;
import io.followthrough.devhost.db.HostDatabase;
import io.followthrough.devhost.db.TestDatabases;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Checks the first upgrade task creates the store's tables on every database, and that starting again is harmless. */
class Upgrade01CreateTablesTest {

    @TempDir
    Path dataDir;

    @Test
    void itBringsTheModelToVersionOne() {
        assertThat(new Upgrade01CreateTables().getModelVersion().isSame(ModelVersion.valueOf("1"))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(HostDatabase.Kind.class)
    void onAnEmptyDatabaseItCreatesBothTablesReadyForUse(HostDatabase.Kind kind) throws SQLException {
        try (HostDatabase database = open(kind)) {
            HostActiveObjects ao = activeObjects(database);

            ao.upgrade(List.of(new Upgrade01CreateTables()));

            assertThat(Tables.exists(database, ao.tablePrefix() + "ACTION_ITEM")).isTrue();
            assertThat(Tables.exists(database, ao.tablePrefix() + "ITEM_EVENT")).isTrue();
            AoActionItemStore store = new AoActionItemStore(ao);
            ActionItem item = store.create(request(1, "m-1"), created(request(1, "m-1")));
            assertThat(store.history(item.id())).containsExactly(created(item));
        }
    }

    @ParameterizedTest
    @EnumSource(HostDatabase.Kind.class)
    void startingAgainKeepsTheStoredItems(HostDatabase.Kind kind) {
        try (HostDatabase database = open(kind)) {
            activeObjects(database).upgrade(List.of(new Upgrade01CreateTables()));
            ActionItem item = new AoActionItemStore(activeObjects(database)).create(request(1, "m-1"), created(request(1, "m-1")));

            HostActiveObjects restarted = activeObjects(database);
            restarted.upgrade(List.of(new Upgrade01CreateTables()), AoActionItem.class, AoItemEvent.class);

            assertThat(new AoActionItemStore(restarted).byPage(1)).containsExactly(item);
        }
    }

    private HostDatabase open(HostDatabase.Kind kind) {
        return switch (kind) {
            case HSQLDB -> TestDatabases.hsqldbFile(dataDir);
            case POSTGRESQL -> TestDatabases.freshPostgres();
        };
    }

    private static HostActiveObjects activeObjects(HostDatabase database) {
        return new HostActiveObjects(database.dataSource(), database.kind(), AoActionItemStoreContract.NAMESPACE);
    }
}
