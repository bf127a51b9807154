package io.followthrough.confluence.store;

import static io.followthrough.confluence.store.ActionItemExamples.created;
import static io.followthrough.confluence.store.ActionItemExamples.request;
import static io.followthrough.confluence.store.StoreDatabases.activeObjects;
import static io.followthrough.confluence.store.StoreDatabases.open;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ModelVersion;
import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.commitment.State;
import io.followthrough.core.commitment.Terms;
import io.followthrough.core.report.DueWindow;
import io.followthrough.core.report.ItemOrder;
import io.followthrough.core.report.ItemSelection;
import io.followthrough.core.report.PageScope;
import io.followthrough.core.report.SortKey;
import io.followthrough.devhost.ao.HostActiveObjects;
import io.followthrough.devhost.db.HostDatabase;
import io.followthrough.devhost.db.HostTransactionalExecutorFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Checks the fifth upgrade task gives items stored before it their due sort key, and its index. */
class Upgrade05DueSortTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dataDir;

    @Test
    void itBringsTheModelToVersionFive() {
        assertThat(new Upgrade05DueSort().getModelVersion().isSame(ModelVersion.valueOf("5"))).isTrue();
        assertThat(new Upgrade05DueSort().getModelVersion().isNewerThan(new Upgrade04SpaceTally().getModelVersion())).isTrue();
    }

    @ParameterizedTest
    @EnumSource(HostDatabase.Kind.class)
    void itemsStoredBeforeItSortAndFilterByTheirEffectiveDueDate(HostDatabase.Kind kind) throws SQLException {
        try (HostDatabase database = open(kind, dataDir)) {
            HostActiveObjects versionFour = activeObjects(database);
            versionFour.upgrade(List.of(new Upgrade01CreateTables(), new Upgrade02CreateOutcomeTables(), new Upgrade03ItemMetrics(),
                    new Upgrade04SpaceTally()));
            AoActionItemStore before = new AoActionItemStore(versionFour, Clock.systemDefaultZone());
            List<Long> ids = new ArrayList<>();
            // Stored in an order that is none of the orders asked for below.
            ids.add(before.insertRows(due(request(1, "m-1"), Optional.of(TODAY.plusDays(3)), Optional.empty()), created(request(1, "m-1"))).id());
            ids.add(before.insertRows(due(request(1, "m-2"), Optional.empty(), Optional.empty()), created(request(1, "m-2"))).id());
            ids.add(before.insertRows(due(request(2, "m-3"), Optional.of(TODAY.plusDays(9)), Optional.of(TODAY.minusDays(2))),
                    created(request(2, "m-3"))).id());
            ids.add(before.insertRows(due(request(2, "m-4"), Optional.of(TODAY.minusDays(5)), Optional.empty()), created(request(2, "m-4"))).id());
            // Version 4 wrote no sort key; the entity classes of this build already have the column.
            String q = kind == HostDatabase.Kind.POSTGRESQL ? "\"" : "";
            execute(database, "UPDATE " + q + versionFour.tablePrefix() + "ACTION_ITEM" + q + " SET " + q + "DUE_SORT" + q + " = NULL");

            HostActiveObjects upgraded = activeObjects(database);
            StoreDatabases.upgradeToNewest(upgraded);

            SqlSpaceFigures figures = new SqlSpaceFigures(new HostTransactionalExecutorFactory(database.dataSource()),
                    Clock.systemDefaultZone());
            PageScope scope = figures.scope("DEV", Set.of(1L, 2L));
            ItemSelection all = ItemSelection.inStates(Set.of(), TODAY);
            // m-3 was agreed for two days ago, m-4 asks for five days ago, m-1 in three days, m-2 names no date.
            assertThat(ids(figures.list(scope, all, ItemOrder.by(SortKey.DUE, false), 0, 0)))
                    .containsExactly(ids.get(3), ids.get(2), ids.get(0), ids.get(1));
            assertThat(ids(figures.list(scope, all, ItemOrder.by(SortKey.DUE, true), 0, 0)))
                    .containsExactly(ids.get(0), ids.get(2), ids.get(3), ids.get(1));
            ItemSelection overdue = new ItemSelection(Set.of(), Optional.empty(), Optional.empty(), DueWindow.OVERDUE,
                    Optional.empty(), Optional.empty(), false, TODAY);
            assertThat(figures.count(scope, overdue)).isEqualTo(2);
            assertThat(indexedColumns(database, upgraded.tablePrefix() + "ACTION_ITEM"))
                    .contains(List.of("SPACE_KEY", "PRESENCE", "DUE_SORT", "ID", "PAGE_ID"));
        }
    }

    private static ActionItem due(ActionItem item, Optional<LocalDate> asked, Optional<LocalDate> agreed) {
        Terms terms = new Terms(item.terms().ownerKey(), item.terms().requesterKey(), item.terms().bodyHash(),
                item.terms().bodyExcerpt(), asked);
        return new ActionItem(item.id(), item.pageId(), item.macroId(), item.spaceKey(), item.kind(), terms, item.outcome(),
                agreed.isPresent() ? State.ACCEPTED : item.state(), item.version(), item.termsVersion(), agreed,
                item.counterDue(), item.presence(), item.createdAt(), item.stateSince());
    }

    private static List<Long> ids(List<ActionItem> items) {
        return items.stream().map(ActionItem::id).toList();
    }

    private static void execute(HostDatabase database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    /** The columns of each index on the table, in index order. */
    private static List<List<String>> indexedColumns(HostDatabase database, String table) throws SQLException {
        Map<String, TreeMap<Integer, String>> indexes = new HashMap<>();
        try (Connection connection = database.dataSource().getConnection();
                ResultSet rows = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
            while (rows.next()) {
                if (rows.getString("INDEX_NAME") != null && rows.getString("COLUMN_NAME") != null) {
                    indexes.computeIfAbsent(rows.getString("INDEX_NAME"), name -> new TreeMap<>())
                            .put((int) rows.getShort("ORDINAL_POSITION"), rows.getString("COLUMN_NAME"));
                }
            }
        }
        return indexes.values().stream().map(columns -> List.copyOf(columns.values())).toList();
    }
}
