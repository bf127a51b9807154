package io.followthrough.confluence.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/** Model version 1: creates the action item and item event tables. */
public final class Upgrade01CreateTables implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("1");
    }

    @Override
    @SuppressWarnings("unchecked") // ActiveObjects.migrate takes generic varargs
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AoActionItem.class, AoItemEvent.class);
    }
}
