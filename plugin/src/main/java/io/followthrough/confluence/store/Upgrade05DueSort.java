package io.followthrough.confluence.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.util.Optional;
import net.java.ao.Query;

/**
 * Model version 5: adds the items' due sort key, with the index the report's list reads its first
 * page from in order, and fills it for every existing item, the way the store keeps it from now on.
 */
public final class Upgrade05DueSort implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("5");
    }

    @Override
    @SuppressWarnings("unchecked") // ActiveObjects.migrate takes generic varargs
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AoActionItem.class, AoItemEvent.class, AoOutcome.class, AoOutcomeEvent.class, AoPurpose.class,
                AoTallyCount.class);
        for (AoActionItem row : ao.find(AoActionItem.class, Query.select("ID, DUE, AGREED_DUE"))) {
            row.setDueSort(AoColumns.dueSort(AoColumns.day(row.getAgreedDue()).or(() -> AoColumns.day(row.getDue()))));
            row.save();
        }
    }
}
