package io.followthrough.confluence.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/** Model version 2: adds the outcome, outcome event and purpose tables beside the action item tables. */
public final class Upgrade02CreateOutcomeTables implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("2");
    }

    @Override
    @SuppressWarnings("unchecked") // ActiveObjects.migrate takes generic varargs
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AoActionItem.class, AoItemEvent.class, AoOutcome.class, AoOutcomeEvent.class, AoPurpose.class);
    }
}
