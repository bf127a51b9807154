package io.followthrough.devhost.plugin;

import java.util.LinkedHashMap;
import java.util.Map;

/** The services the host exports to plugins, by interface, as Confluence's OSGi registry does. */
public final class HostServices {
    private final Map<Class<?>, Object> services = new LinkedHashMap<>();

    public <T> HostServices add(Class<T> type, T service) {
        services.put(type, service);
        return this;
    }

    public Object get(Class<?> type) {
        Object service = services.get(type);
        if (service == null) {
            throw new PluginDescriptorException("<osgi:reference interface=\"" + type.getName()
                    + "\">: the dev host exports no such service. It exports: "
                    + services.keySet().stream().map(Class::getName).sorted().toList()
                    + " (ActiveObjects and TransactionTemplate only to a plugin with an <ao> module)");
        }
        return service;
    }
}
