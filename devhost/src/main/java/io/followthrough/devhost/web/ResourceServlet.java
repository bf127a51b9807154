package io.followthrough.devhost.web;

import io.followthrough.devhost.plugin.PluginBundle;
import io.followthrough.devhost.plugin.PluginDescriptor.Resource;
import io.followthrough.devhost.plugin.PluginDescriptor.WebResource;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Serves files: the plugin's web resources at /download/resources/{pluginKey}:{module}/{name},
 * as Confluence does, and the host's own static files (AUI, editor script) at /static/.
 * Only declared resources or files under the static folder are served.
 */
public final class ResourceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.of("css", "text/css", "js", "application/javascript",
            "png", "image/png", "svg", "image/svg+xml", "woff", "font/woff", "woff2", "font/woff2", "ttf", "font/ttf",
            "eot", "application/vnd.ms-fontobject", "gif", "image/gif");

    private final transient PluginBundle bundle;

    public ResourceServlet(PluginBundle bundle) {
        this.bundle = bundle;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        Optional<URL> file = path.startsWith("/static/") ? hostStatic(path.substring("/static/".length()))
                : pluginResource(path.substring("/download/resources/".length()));
        if (file.isEmpty()) {
            response.sendError(404);
            return;
        }
        String extension = path.substring(path.lastIndexOf('.') + 1);
        response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (InputStream in = file.get().openStream()) {
            in.transferTo(response.getOutputStream());
        }
    }

    private static Optional<URL> hostStatic(String relative) {
        if (relative.contains("..") || relative.contains("//")) {
            return Optional.empty();
        }
        return Optional.ofNullable(ResourceServlet.class.getClassLoader().getResource("static/" + relative));
    }

    private Optional<URL> pluginResource(String rest) {
        int slash = rest.indexOf('/');
        if (slash < 0 || !rest.startsWith(bundle.descriptor().key() + ":")) {
            return Optional.empty();
        }
        String module = rest.substring(bundle.descriptor().key().length() + 1, slash);
        String name = rest.substring(slash + 1);
        return bundle.descriptor().webResources().stream()
                .filter(w -> w.key().equals(module))
                .map(WebResource::resources).flatMap(List::stream)
                .filter(r -> r.name().equals(name))
                .map(Resource::location).findFirst()
                .map(bundle::resource);
    }
}
