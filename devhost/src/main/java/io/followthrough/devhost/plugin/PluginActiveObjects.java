package io.followthrough.devhost.plugin;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import io.followthrough.devhost.ao.HostActiveObjects;
import io.followthrough.devhost.db.HostDatabase;
import io.followthrough.devhost.plugin.PluginDescriptor.AoModule;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import net.java.ao.RawEntity;

/**
 * A plugin's {@code <ao>} module: the ActiveObjects service of its namespace on the host database,
 * brought up to date (upgrade tasks, then entity migration) before the plugin's beans start.
 */
public final class PluginActiveObjects {
    private final AoModule module;
    private final HostActiveObjects activeObjects;

    private PluginActiveObjects(AoModule module, HostActiveObjects activeObjects) {
        this.module = module;
        this.activeObjects = activeObjects;
    }

    /**
     * The plugin's Active Objects, or empty when its descriptor has no {@code <ao>} module.
     *
     * @param dataSource the database's data source as the plugin should reach it (the dev host counts its statements)
     */
    public static Optional<PluginActiveObjects> of(PluginDescriptor descriptor, HostDatabase database,
                                                   DataSource dataSource) {
        List<AoModule> modules = descriptor.activeObjects();
        if (modules.size() > 1) {
            throw new PluginDescriptorException("atlassian-plugin.xml declares " + modules.size()
                    + " <ao> modules; a plugin has one namespace");
        }
        return modules.stream().findFirst().map(module -> new PluginActiveObjects(module,
                new HostActiveObjects(dataSource, database.kind(), module.namespace())));
    }

    public HostActiveObjects service() {
        return activeObjects;
    }

    /** Runs the module's upgrade tasks that are newer than the stored model version, then migrates its entities. */
    public void upgrade(ModuleFactory modules) {
        List<ActiveObjectsUpgradeTask> tasks = module.upgradeTasks().stream()
                .map(name -> modules.create(name, ActiveObjectsUpgradeTask.class))
                .toList();
        activeObjects.upgrade(tasks, entities(modules));
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // Java has no generic arrays; each element is checked to be a RawEntity type
    private Class<? extends RawEntity<?>>[] entities(ModuleFactory modules) {
        Class<? extends RawEntity<?>>[] entities = new Class[module.entities().size()];
        for (int i = 0; i < entities.length; i++) {
            Class<?> type = modules.load(module.entities().get(i));
            if (!RawEntity.class.isAssignableFrom(type)) {
                throw new PluginDescriptorException("<ao> entity " + type.getName()
                        + " does not extend net.java.ao.RawEntity");
            }
            entities[i] = (Class<? extends RawEntity<?>>) type;
        }
        return entities;
    }
}
