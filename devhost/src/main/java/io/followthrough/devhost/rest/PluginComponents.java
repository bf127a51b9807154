package io.followthrough.devhost.rest;

import io.followthrough.devhost.plugin.ModuleFactory;
import jakarta.ws.rs.core.Configuration;
import java.util.Set;
import org.glassfish.jersey.internal.inject.Bindings;
import org.glassfish.jersey.internal.inject.InjectionManager;
import org.glassfish.jersey.internal.inject.InstanceBinding;
import org.glassfish.jersey.server.spi.ComponentProvider;

/**
 * Lets the plugin's Spring context, not Jersey, create the plugin's resources and providers: each
 * is made once, with constructor autowiring, and bound for Jersey to use (Jersey finds this class
 * through META-INF/services). Components of other class loaders are left to Jersey.
 */
public final class PluginComponents implements ComponentProvider {
    /** The application property that holds the plugin's {@link ModuleFactory}. */
    static final String MODULES = "io.followthrough.devhost.rest.modules";

    private InjectionManager injection;

    @Override
    public void initialize(InjectionManager injectionManager) {
        this.injection = injectionManager;
    }

    @Override
    public boolean bind(Class<?> component, Set<Class<?>> providerContracts) {
        Object modules = injection.getInstance(Configuration.class).getProperty(MODULES);
        if (!(modules instanceof ModuleFactory plugin) || !plugin.owns(component)) {
            return false;
        }
        injection.register(binding(plugin.create(component), component, providerContracts));
        return true;
    }

    // Jersey types bindings by contract; these contracts are only known at run time.
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static InstanceBinding<?> binding(Object instance, Class<?> component, Set<Class<?>> contracts) {
        InstanceBinding binding = Bindings.service(instance).to(component);
        contracts.forEach(binding::to);
        return binding;
    }

    @Override
    public void done() {
        // Nothing to finish: every component was bound as it came.
    }
}
