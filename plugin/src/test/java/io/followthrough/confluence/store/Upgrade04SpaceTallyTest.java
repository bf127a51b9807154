package io.followthrough.confluence.store;

import static io.followthrough.confluence.store.ActionItemExamples.created;
import static io.followthrough.confluence.store.ActionItemExamples.request;
import static io.followthrough.confluence.store.ActionItemExamples.withPresence;
import static io.followthrough.confluence.store.StoreDatabases.activeObjects;
import static io.followthrough.confluence.store.StoreDatabases.open;
import static io.followthrough.confluence.store.StoreDatabases.reference;
import static io.followthrough.confluence.store.StoreDatabases.tableExists;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ModelVersion;
import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.commitment.Presence;
import io.followthrough.core.commitment.State;
import io.followthrough.core.report.PageScope;
import io.followthrough.core.report.SpaceCounts;
import io.followthrough.core.report.TotalsRequest;
import io.followthrough.devhost.ao.HostActiveObjects;
import io.followthrough.devhost.db.HostDatabase;
import io.followthrough.devhost.db.HostTransactionalExecutorFactory;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Checks the fourth upgrade task adds the space tally to a version 3 database and counts its items into it. */
class Upgrade04SpaceTallyTest {
    private static final TotalsRequest REQUEST = new TotalsRequest(LocalDate.of(2026, 11, 30),
            List.of(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30)));

    @TempDir
    Path dataDir;

    @Test
    void itBringsTheModelToVersionFour() {
        assertThat(new Upgrade04SpaceTally().getModelVersion().isSame(ModelVersion.valueOf("4"))).isTrue();
        assertThat(new Upgrade04SpaceTally().getModelVersion().isNewerThan(new Upgrade03ItemMetrics().getModelVersion())).isTrue();
    }

    @ParameterizedTest
    @EnumSource(HostDatabase.Kind.class)
    void onAVersionThreeDatabaseItCountsTheExistingItemsIntoTheTally(HostDatabase.Kind kind) throws SQLException {
        try (HostDatabase database = open(kind, dataDir)) {
            HostActiveObjects versionThree = activeObjects(database);
            versionThree.upgrade(List.of(new Upgrade01CreateTables(), new Upgrade02CreateOutcomeTables(), new Upgrade03ItemMetrics()));
            AoActionItemStore before = new AoActionItemStore(versionThree, Clock.systemDefaultZone());
            for (ActionItem item : List.of(request(1, "m-1"), request(1, "m-2"), request(2, "m-3"),
                    withPresence(request(2, "m-4"), Presence.REMOVED))) {
                before.insertRows(item, created(item));
            }
            assertThat(tableExists(database, versionThree.tablePrefix() + "TALLY_COUNT")).isFalse();

            HostActiveObjects upgraded = activeObjects(database);
            StoreDatabases.upgradeToNewest(upgraded);

            assertThat(tableExists(database, upgraded.tablePrefix() + "TALLY_COUNT")).isTrue();
            AoActionItemStore store = new AoActionItemStore(upgraded, Clock.systemDefaultZone());
            SqlSpaceFigures figures = new SqlSpaceFigures(new HostTransactionalExecutorFactory(database.dataSource()),
                    Clock.systemDefaultZone());
            PageScope scope = figures.scope("DEV", Set.of(1L, 2L));
            SpaceCounts counts = figures.counts(scope, REQUEST);
            assertThat(counts.totals().live(State.REQUESTED)).isEqualTo(3);
            assertThat(counts).usingRecursiveComparison().ignoringCollectionOrder()
                    .isEqualTo(reference(store, Set.of(1L, 2L)).counts(scope, REQUEST));

            // From now on the store keeps the tally itself.
            store.create(request(2, "m-5"), created(request(2, "m-5")));
            assertThat(figures.counts(figures.scope("DEV", Set.of(1L, 2L)), REQUEST).totals().live(State.REQUESTED)).isEqualTo(4);
        }
    }
}
