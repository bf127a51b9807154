package io.followthrough.devhost.plugin;

import com.atlassian.confluence.macro.Macro;
import io.followthrough.devhost.plugin.PluginDescriptor.MacroModule;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.xml.DefaultNamespaceHandlerResolver;
import org.springframework.beans.factory.xml.DelegatingEntityResolver;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.UrlResource;

/** A started plugin: its Spring context from META-INF/spring/*.xml and its module instances. */
public final class RunningPlugin implements AutoCloseable {
    private final PluginBundle bundle;
    private final GenericApplicationContext context;
    private final Map<String, Macro> macros;

    private RunningPlugin(PluginBundle bundle, GenericApplicationContext context, Map<String, Macro> macros) {
        this.bundle = bundle;
        this.context = context;
        this.macros = macros;
    }

    /** Starts the plugin's Spring context with the host's services and creates its modules. */
    public static RunningPlugin start(PluginBundle bundle, HostServices services) {
        ClassLoader host = RunningPlugin.class.getClassLoader();
        GenericApplicationContext context = new GenericApplicationContext();
        context.setClassLoader(bundle.classLoader());
        context.setDisplayName("plugin " + bundle.descriptor().key());
        context.getBeanFactory().registerSingleton(BlueprintNamespaceHandler.HOST_SERVICES_BEAN, services);
        XmlBeanDefinitionReader reader = new XmlBeanDefinitionReader(context);
        reader.setBeanClassLoader(bundle.classLoader());
        reader.setEntityResolver(new DelegatingEntityResolver(host));
        reader.setNamespaceHandlerResolver(new DefaultNamespaceHandlerResolver(host));
        for (String xml : bundle.springXml()) {
            reader.loadBeanDefinitions(new UrlResource(bundle.resource(xml)));
        }
        context.refresh();
        Map<String, Macro> macros = new LinkedHashMap<>();
        for (MacroModule module : bundle.descriptor().macros()) {
            macros.put(module.name(), create(context, bundle, module.className(), Macro.class));
        }
        return new RunningPlugin(bundle, context, macros);
    }

    // Confluence creates module classes through the plugin's container, autowiring constructors.
    private static <T> T create(GenericApplicationContext context, PluginBundle bundle, String className, Class<T> role) {
        Class<?> type;
        try {
            type = Class.forName(className, true, bundle.classLoader());
        } catch (ClassNotFoundException e) {
            throw new PluginDescriptorException("module class " + className + " not found in the plugin", e);
        }
        if (!role.isAssignableFrom(type)) {
            throw new PluginDescriptorException("module class " + className + " does not implement " + role.getName());
        }
        return role.cast(context.getAutowireCapableBeanFactory().createBean(type));
    }

    public PluginBundle bundle() {
        return bundle;
    }

    public Optional<Macro> macro(String name) {
        return Optional.ofNullable(macros.get(name));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() throws Exception {
        context.close();
        bundle.close();
    }
}
