package io.followthrough.devhost.plugin;

import com.atlassian.confluence.macro.Macro;
import io.followthrough.devhost.plugin.PluginDescriptor.MacroModule;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.beans.factory.xml.DefaultNamespaceHandlerResolver;
import org.springframework.beans.factory.xml.DelegatingEntityResolver;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.UrlResource;

/**
 * A started plugin: its Spring context from META-INF/spring/*.xml and its module instances.
 * Closing it closes the context, so beans' destroy methods run (listeners unregister there).
 */
public final class RunningPlugin implements AutoCloseable {
    private final PluginBundle bundle;
    private final GenericApplicationContext context;
    private final ModuleFactory modules;
    private final Map<String, Macro> macros;

    private RunningPlugin(PluginBundle bundle, GenericApplicationContext context, ModuleFactory modules,
                          Map<String, Macro> macros) {
        this.bundle = bundle;
        this.context = context;
        this.modules = modules;
        this.macros = macros;
    }

    /**
     * Starts the plugin's Spring context with the host's services and creates its macros.
     * {@code beforeStart} runs once the bean definitions are read but before any bean starts (Active
     * Objects upgrades run there, so beans find their tables).
     */
    public static RunningPlugin start(PluginBundle bundle, HostServices services, Consumer<ModuleFactory> beforeStart) {
        ClassLoader host = RunningPlugin.class.getClassLoader();
        GenericApplicationContext context = new GenericApplicationContext();
        context.setClassLoader(bundle.classLoader());
        // Set now, not at refresh: beans made in beforeStart must see the plugin's classes too.
        context.getDefaultListableBeanFactory().setBeanClassLoader(bundle.classLoader());
        context.setDisplayName("plugin " + bundle.descriptor().key());
        context.getBeanFactory().registerSingleton(BlueprintNamespaceHandler.HOST_SERVICES_BEAN, services);
        XmlBeanDefinitionReader reader = new XmlBeanDefinitionReader(context);
        reader.setBeanClassLoader(bundle.classLoader());
        reader.setEntityResolver(new DelegatingEntityResolver(host));
        reader.setNamespaceHandlerResolver(new DefaultNamespaceHandlerResolver(host));
        for (String xml : bundle.springXml()) {
            reader.loadBeanDefinitions(new UrlResource(bundle.resource(xml)));
        }
        ModuleFactory modules = new ModuleFactory(context.getDefaultListableBeanFactory(), bundle);
        try {
            beforeStart.accept(modules);
            context.refresh();
            Map<String, Macro> macros = new LinkedHashMap<>();
            for (MacroModule module : bundle.descriptor().macros()) {
                macros.put(module.name(), modules.create(module.className(), Macro.class));
            }
            return new RunningPlugin(bundle, context, modules, macros);
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    public PluginBundle bundle() {
        return bundle;
    }

    public ModuleFactory modules() {
        return modules;
    }

    public Optional<Macro> macro(String name) {
        return Optional.ofNullable(macros.get(name));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() throws IOException {
        context.close();
        bundle.close();
    }
}
