// Mirrors Active Objects' com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask; checked against AO plugin 2.0.1 javadoc.
package com.atlassian.activeobjects.external;

public interface ActiveObjectsUpgradeTask {
    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
