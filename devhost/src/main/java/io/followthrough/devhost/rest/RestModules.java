package io.followthrough.devhost.rest;

import com.atlassian.sal.api.user.UserManager;
import io.followthrough.devhost.plugin.PluginDescriptor.RestModule;
import io.followthrough.devhost.plugin.PluginDescriptorException;
import io.followthrough.devhost.plugin.RunningPlugin;
import io.followthrough.devhost.services.SiteSettings;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * The plugin's REST v2 modules: each {@code <rest key path version>} becomes a Jersey application
 * at {@code /rest/{path}/{version}/*} serving the module's resources, created once each from the
 * plugin's Spring context with constructor autowiring (see {@link PluginComponents}).
 */
public final class RestModules {
    private RestModules() {
    }

    public static void mount(ServletContextHandler context, RunningPlugin plugin, UserManager users, SiteSettings site) {
        for (RestModule module : plugin.bundle().descriptor().rest()) {
            ResourceConfig config = new ResourceConfig()
                    .register(JacksonFeature.withoutExceptionMappers())
                    .register(new RestAccess(users, site))
                    .register(new RestXsrf())
                    .register(new JsonErrors.MalformedJson())
                    .register(new JsonErrors.Web())
                    .register(new JsonErrors.Unexpected())
                    // Let errors through as Jersey wrote them instead of the container's HTML error page.
                    .property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true)
                    .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                    .property(PluginComponents.MODULES, plugin.modules());
            List<Class<?>> classes = RestClasses.find(plugin.bundle(), module.packages());
            if (classes.stream().noneMatch(type -> type.isAnnotationPresent(Path.class))) {
                throw new PluginDescriptorException("<rest key=\"" + module.key()
                        + "\"> has no @jakarta.ws.rs.Path class in "
                        + (module.packages().isEmpty() ? "the plugin" : module.packages())
                        + "; check <package> and that the plugin imports jakarta.ws.rs");
            }
            config.registerClasses(classes.toArray(Class<?>[]::new));
            String path = "/rest/" + module.path().replaceAll("^/+|/+$", "") + "/" + module.version() + "/*";
            context.addServlet(new ServletHolder(module.key(), new ServletContainer(config)), path);
        }
        context.addServlet(new ServletHolder(new NoSuchResource()), "/rest/*");
    }

    /** REST paths no module serves answer in JSON too. */
    private static final class NoSuchResource extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setStatus(404);
            response.setContentType("application/json;charset=UTF-8");
            response.getOutputStream().write("{\"error\":\"No REST resource here\"}".getBytes(StandardCharsets.UTF_8));
        }
    }
}
