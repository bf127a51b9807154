package io.followthrough.confluence.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.followthrough.core.report.SpaceTally.Facet;
import java.time.ZoneId;
import java.util.EnumSet;

/**
 * Model version 4: adds the spaces' tallies the report reads its counts from, and counts every
 * existing item into them, the way the store keeps them from now on.
 */
public final class Upgrade04SpaceTally implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("4");
    }

    @Override
    @SuppressWarnings("unchecked") // ActiveObjects.migrate takes generic varargs
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AoActionItem.class, AoItemEvent.class, AoOutcome.class, AoOutcomeEvent.class, AoPurpose.class,
                AoTallyCount.class);
        // The facets of model version 4; version 6 adds durations.
        AoTallies.fillAll(ao, ZoneId.systemDefault(), EnumSet.range(Facet.TOTALS, Facet.OUTCOME));
    }
}
