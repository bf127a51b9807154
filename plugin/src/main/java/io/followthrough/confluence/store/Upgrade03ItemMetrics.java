package io.followthrough.confluence.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.time.ZoneId;

/**
 * Model version 3: adds the per-item metric columns the report adds up, and fills them from each
 * existing item's history, the way the store keeps them from now on.
 */
public final class Upgrade03ItemMetrics implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("3");
    }

    @Override
    @SuppressWarnings("unchecked") // ActiveObjects.migrate takes generic varargs
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AoActionItem.class, AoItemEvent.class, AoOutcome.class, AoOutcomeEvent.class, AoPurpose.class);
        ItemMetricsColumns.fillAll(ao, ZoneId.systemDefault());
    }
}
