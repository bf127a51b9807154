package io.followthrough.confluence.store;

import static io.followthrough.confluence.store.ActionItemExamples.created;
import static io.followthrough.confluence.store.ActionItemExamples.request;
import static io.followthrough.confluence.store.StoreDatabases.activeObjects;
import static io.followthrough.confluence.store.StoreDatabases.open;
import static io.followthrough.confluence.store.StoreDatabases.tableExists;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ModelVersion;
import io.followthrough.core.commitment.ActionItem;
import io.followthrough.devhost.ao.HostActiveObjects;
import io.followthrough.devhost.db.HostDatabase;
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
        try (HostDatabase database = open(kind, dataDir)) {
            HostActiveObjects ao = activeObjects(database);

            ao.upgrade(List.of(new Upgrade01CreateTables()));

            assertThat(tableExists(database, ao.tablePrefix() + "ACTION_ITEM")).isTrue();
            assertThat(tableExists(database, ao.tablePrefix() + "ITEM_EVENT")).isTrue();
            AoActionItemStore store = new AoActionItemStore(ao, java.time.Clock.systemDefaultZone());
            ActionItem item = store.insertRows(request(1, "m-1"), created(request(1, "m-1")));
            assertThat(store.history(item.id())).containsExactly(created(item));
        }
    }

    @ParameterizedTest
    @EnumSource(HostDatabase.Kind.class)
    void startingAgainKeepsTheStoredItems(HostDatabase.Kind kind) {
        try (HostDatabase database = open(kind, dataDir)) {
            activeObjects(database).upgrade(List.of(new Upgrade01CreateTables()));
            ActionItem item = new AoActionItemStore(activeObjects(database), java.time.Clock.systemDefaultZone()).insertRows(request(1, "m-1"), created(request(1, "m-1")));

            HostActiveObjects restarted = activeObjects(database);
            restarted.upgrade(List.of(new Upgrade01CreateTables()), AoActionItem.class, AoItemEvent.class);

            assertThat(new AoActionItemStore(restarted, java.time.Clock.systemDefaultZone()).byPage(1)).containsExactly(item);
        }
    }
}
