package io.followthrough.devhost.web;

import io.followthrough.devhost.plugin.PluginDescriptor.ServletModule;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;

/**
 * The plugin's {@code <servlet>} modules, served at {@code /plugins/servlet/<url-pattern>} as in
 * Confluence. Each servlet is created once from the plugin's Spring context with constructor
 * autowiring (like REST resources) and its pages go through the {@link PageDecorator}. Anonymous
 * requests reach the servlet, which decides itself whether to send them to log in.
 */
public final class PluginServlets {
    static final String PREFIX = "/plugins/servlet";

    private PluginServlets() {
    }

    public static void mount(ServletContextHandler context, HostApp app) {
        for (ServletModule module : app.plugin().bundle().descriptor().servlets()) {
            HttpServlet servlet = app.plugin().modules().create(module.className(), HttpServlet.class);
            ServletHolder holder = new ServletHolder(module.key(), servlet);
            for (String pattern : module.urlPatterns()) {
                context.addServlet(holder, PREFIX + (pattern.startsWith("/") ? pattern : "/" + pattern));
            }
        }
        context.addFilter(new FilterHolder(new PageDecorator(app)), PREFIX + "/*", EnumSet.of(DispatcherType.REQUEST));
    }
}
