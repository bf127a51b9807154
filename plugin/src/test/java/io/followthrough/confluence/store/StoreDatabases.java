package io.followthrough.confluence.store;

import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.commitment.ItemEvent;
import io.followthrough.core.report.InMemorySpaceFigures;
import io.followthrough.devhost.ao.HostActiveObjects;
import io.followthrough.devhost.db.HostDatabase;
import io.followthrough.devhost.db.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Real databases for the store's tests, Active Objects on them, and what they say about the tables it made. */
final class StoreDatabases {
    private StoreDatabases() {
    }

    /** An HSQLDB file database under dataDir, or a fresh PostgreSQL database. */
    static HostDatabase open(HostDatabase.Kind kind, Path dataDir) {
        return switch (kind) {
            case HSQLDB -> TestDatabases.hsqldbFile(dataDir);
            case POSTGRESQL -> TestDatabases.freshPostgres();
        };
    }

    /** Active Objects in the plugin's namespace, as Confluence names its tables. */
    static HostActiveObjects activeObjects(HostDatabase database) {
        return new HostActiveObjects(database.dataSource(), database.kind(), AoActionItemStoreContract.NAMESPACE);
    }

    /** Runs every upgrade task of the plugin: the tables of the newest model. */
    @SuppressWarnings("unchecked") // generic varargs of entity classes
    static void upgradeToNewest(HostActiveObjects ao) {
        ao.upgrade(List.of(new Upgrade01CreateTables(), new Upgrade02CreateOutcomeTables(), new Upgrade03ItemMetrics(),
                new Upgrade04SpaceTally(), new Upgrade05DueSort(), new Upgrade06DurationTally()), AoActionItem.class,
                AoItemEvent.class, AoOutcome.class, AoOutcomeEvent.class, AoPurpose.class, AoTallyCount.class);
    }

    /** The report's figures computed item by item from what the store reads back of these pages' items. */
    static InMemorySpaceFigures reference(AoActionItemStore store, Set<Long> pages) {
        List<ActionItem> items = pages.stream().sorted().flatMap(page -> store.byPage(page).stream()).toList();
        Map<Long, List<ItemEvent>> histories = items.stream().collect(Collectors.toMap(ActionItem::id, item -> store.history(item.id())));
        return new InMemorySpaceFigures(() -> items, () -> histories, ZoneId.systemDefault());
    }

    static boolean tableExists(HostDatabase database, String table) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                ResultSet rows = connection.getMetaData().getTables(null, null, table, new String[] {"TABLE"})) {
            return rows.next();
        }
    }

    static List<String> columns(HostDatabase database, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
                ResultSet rows = connection.getMetaData().getColumns(null, null, table, null)) {
            while (rows.next()) {
                columns.add(rows.getString("COLUMN_NAME"));
            }
        }
        return columns;
    }
}
