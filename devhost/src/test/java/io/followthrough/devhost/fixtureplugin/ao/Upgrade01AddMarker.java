package io.followthrough.devhost.fixtureplugin.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import com.atlassian.sal.api.user.UserManager;
import java.util.Map;
import java.util.Objects;

/** Fixture plugin upgrade task: adds one marker note, so a test can count how often it ran. */
public class Upgrade01AddMarker implements ActiveObjectsUpgradeTask {
    public Upgrade01AddMarker(UserManager users) {
        // Proves the task comes from the plugin's Spring context, with its dependencies.
        Objects.requireNonNull(users, "users");
    }

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("1");
    }

    @Override
    @SuppressWarnings("unchecked") // migrate takes a generic varargs array of entity types
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AoFixtureNote.class);
        ao.create(AoFixtureNote.class, Map.of("TEXT", "added by upgrade task 1"));
    }
}
