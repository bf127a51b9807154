package io.followthrough.devhost.plugin;

import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.FactoryBean;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.xml.BeanDefinitionParser;
import org.springframework.beans.factory.xml.NamespaceHandlerSupport;
import org.springframework.beans.factory.xml.ParserContext;
import org.w3c.dom.Element;

/**
 * Handles the Gemini Blueprint namespace in a plugin's Spring XML. {@code <osgi:reference>}
 * becomes a bean holding the host service for that interface; {@code <osgi:service>} exports
 * nothing here because the dev host runs a single plugin.
 */
public final class BlueprintNamespaceHandler extends NamespaceHandlerSupport {
    /** The plugin's Spring context finds the host services under this bean name. */
    static final String HOST_SERVICES_BEAN = "devhost.hostServices";

    @Override
    public void init() {
        registerBeanDefinitionParser("reference", this::reference);
        registerBeanDefinitionParser("service", (element, context) -> null);
    }

    private AbstractBeanDefinition reference(Element element, ParserContext context) {
        String id = element.getAttribute("id");
        String interfaceName = element.getAttribute("interface");
        if (id.isEmpty() || interfaceName.isEmpty()) {
            context.getReaderContext().error("<osgi:reference> needs 'id' and 'interface'", element);
        }
        AbstractBeanDefinition definition = BeanDefinitionBuilder
                .genericBeanDefinition(ReferenceFactory.class)
                .addConstructorArgReference(HOST_SERVICES_BEAN)
                .addConstructorArgValue(interfaceName)
                .getBeanDefinition();
        context.getRegistry().registerBeanDefinition(id, definition);
        return null;
    }

    /** Looks the service up when the plugin's context starts, through the plugin's class loader. */
    static final class ReferenceFactory implements FactoryBean<Object>, BeanClassLoaderAware {
        private final HostServices services;
        private final String interfaceName;
        private Class<?> type;

        ReferenceFactory(HostServices services, String interfaceName) {
            this.services = services;
            this.interfaceName = interfaceName;
        }

        @Override
        public void setBeanClassLoader(ClassLoader classLoader) {
            try {
                type = Class.forName(interfaceName, false, classLoader);
            } catch (ClassNotFoundException e) {
                throw new PluginDescriptorException("<osgi:reference interface=\"" + interfaceName
                        + "\">: not visible to the plugin: " + e.getMessage(), e);
            }
        }

        @Override
        public Object getObject() {
            return services.get(type);
        }

        @Override
        public Class<?> getObjectType() {
            return type;
        }
    }
}
