package io.followthrough.devhost.plugin;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/**
 * Creates a plugin's module classes (macros, REST resources, upgrade tasks) from its class loader
 * and Spring bean factory with constructor autowiring, as Confluence's plugin container does.
 */
public final class ModuleFactory {
    private final DefaultListableBeanFactory beans;
    private final PluginBundle bundle;

    ModuleFactory(DefaultListableBeanFactory beans, PluginBundle bundle) {
        this.beans = beans;
        this.bundle = bundle;
    }

    public Class<?> load(String className) {
        try {
            return Class.forName(className, false, bundle.classLoader());
        } catch (ClassNotFoundException e) {
            throw new PluginDescriptorException("module class " + className + " not found in the plugin", e);
        }
    }

    /** Whether the class comes from this plugin's jar. */
    public boolean owns(Class<?> type) {
        return type.getClassLoader() == bundle.classLoader();
    }

    public <T> T create(Class<T> type) {
        return beans.createBean(type);
    }

    /** Loads and creates the class named in the descriptor, checking it has the role the module needs. */
    public <T> T create(String className, Class<T> role) {
        Class<?> type = load(className);
        if (!role.isAssignableFrom(type)) {
            throw new PluginDescriptorException("module class " + className + " does not implement " + role.getName());
        }
        return role.cast(create(type));
    }
}
