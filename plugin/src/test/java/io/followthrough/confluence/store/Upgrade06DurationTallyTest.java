package io.followthrough.confluence.store;

import static io.followthrough.confluence.store.ActionItemExamples.accept;
import static io.followthrough.confluence.store.ActionItemExamples.after;
import static io.followthrough.confluence.store.ActionItemExamples.created;
import static io.followthrough.confluence.store.ActionItemExamples.request;
import static io.followthrough.confluence.store.StoreDatabases.activeObjects;
import static io.followthrough.confluence.store.StoreDatabases.open;
import static io.followthrough.confluence.store.StoreDatabases.reference;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ModelVersion;
import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.commitment.ItemEvent;
import io.followthrough.core.report.DurationMetric;
import io.followthrough.core.report.PageScope;
import io.followthrough.core.report.SpaceCounts;
import io.followthrough.core.report.TotalsRequest;
import io.followthrough.devhost.ao.HostActiveObjects;
import io.followthrough.devhost.db.HostDatabase;
import io.followthrough.devhost.db.HostTransactionalExecutorFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Checks the sixth upgrade task counts the existing items' durations into a tally that lacks them. */
class Upgrade06DurationTallyTest {
    private static final TotalsRequest REQUEST = new TotalsRequest(LocalDate.of(2026, 11, 30),
            List.of(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30)));

    @TempDir
    Path dataDir;

    @Test
    void itBringsTheModelToVersionSix() {
        assertThat(new Upgrade06DurationTally().getModelVersion().isSame(ModelVersion.valueOf("6"))).isTrue();
        assertThat(new Upgrade06DurationTally().getModelVersion().isNewerThan(new Upgrade05DueSort().getModelVersion())).isTrue();
    }

    @ParameterizedTest
    @EnumSource(HostDatabase.Kind.class)
    void onAVersionFiveTallyItCountsTheTimesToAnswerOfTheExistingItems(HostDatabase.Kind kind) {
        try (HostDatabase database = open(kind, dataDir)) {
            HostActiveObjects versionFive = activeObjects(database);
            versionFive.upgrade(List.of(new Upgrade01CreateTables(), new Upgrade02CreateOutcomeTables(), new Upgrade03ItemMetrics(),
                    new Upgrade04SpaceTally(), new Upgrade05DueSort()));
            AoActionItemStore store = new AoActionItemStore(versionFive, Clock.systemDefaultZone());
            for (String macro : List.of("m-1", "m-2", "m-3")) {
                ActionItem item = store.create(request(1, macro), created(request(1, macro)));
                ItemEvent accepted = accept(item, item.terms().ownerKey());
                store.record(after(item, accepted), accepted);
            }
            store.create(request(2, "m-4"), created(request(2, "m-4")));
            // Version 5 counted no durations.
            versionFive.deleteWithSQL(AoTallyCount.class, "FACET = ?", "DURATION");

            HostActiveObjects upgraded = activeObjects(database);
            StoreDatabases.upgradeToNewest(upgraded);

            SqlSpaceFigures figures = new SqlSpaceFigures(new HostTransactionalExecutorFactory(database.dataSource()),
                    Clock.systemDefaultZone());
            PageScope scope = figures.scope("DEV", Set.of(1L, 2L));
            SpaceCounts counts = figures.counts(scope, REQUEST);
            assertThat(counts.spread(DurationMetric.TIME_TO_ANSWER).count()).isEqualTo(3);
            AoActionItemStore upgradedStore = new AoActionItemStore(upgraded, Clock.systemDefaultZone());
            assertThat(counts).usingRecursiveComparison().ignoringCollectionOrder()
                    .isEqualTo(reference(upgradedStore, Set.of(1L, 2L)).counts(scope, REQUEST));
        }
    }
}
