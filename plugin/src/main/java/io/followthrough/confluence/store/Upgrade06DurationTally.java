package io.followthrough.confluence.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.followthrough.core.report.SpaceTally.Facet;
import java.time.ZoneId;
import java.util.EnumSet;

/**
 * Model version 6: counts every existing item's time to answer and to acknowledge into the space's
 * tally by duration bucket, which the report's medians start from; the store keeps them from now on.
 */
public final class Upgrade06DurationTally implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("6");
    }

    @Override
    @SuppressWarnings("unchecked") // ActiveObjects.migrate takes generic varargs
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AoActionItem.class, AoItemEvent.class, AoOutcome.class, AoOutcomeEvent.class, AoPurpose.class,
                AoTallyCount.class);
        AoTallies.fillAll(ao, ZoneId.systemDefault(), EnumSet.of(Facet.DURATION));
    }
}
