package io.followthrough.devhost.web;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.spaces.Space;
import io.followthrough.devhost.data.HostUser;
import io.followthrough.devhost.plugin.PluginDescriptor.WebItem;
import io.followthrough.devhost.velocity.WebItemLinks;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Space tools' Apps section: the plugin's {@code system.space.tools/addons} web-items for a space
 * its admins see, with links rendered as Confluence renders them, and the chrome (space name, the
 * list of apps, the current one marked) around a page that one of those links leads to.
 */
final class SpaceTools {
    static final String SECTION = "system.space.tools/addons";

    private final HostApp app;
    private final WebItemLinks links = new WebItemLinks();

    SpaceTools(HostApp app) {
        this.app = app;
    }

    /** One app page of a space's tools. */
    record Item(String key, String label, String url) {
    }

    /** The space's app items, by weight, if the user administers the space. */
    Optional<List<Item>> items(Space space, HostUser user) {
        if (user == null || !app.permissions().hasPermission(user, Permission.ADMINISTER, space)) {
            return Optional.empty();
        }
        return Optional.of(app.plugin().bundle().descriptor().webItems().stream()
                .filter(item -> item.section().equals(SECTION))
                .sorted(Comparator.comparingInt(WebItem::weight).thenComparing(WebItem::key))
                .map(item -> new Item(item.key(), app.i18n().getText(item.labelKey()), links.render(item.link(), space.getKey(), "")))
                .toList());
    }

    /**
     * Wraps a page in the Space tools chrome when the request is one of a space's app links (its
     * path, with every parameter the link sets) and the user administers that space.
     */
    Optional<String> chrome(HttpServletRequest request, HostUser user, String content) {
        String key = Optional.ofNullable(request.getParameter("spaceKey")).orElse(request.getParameter("key"));
        Optional<Space> space = app.spaces().byKey(key);
        if (space.isEmpty()) {
            return Optional.empty();
        }
        List<Item> items = items(space.get(), user).orElse(List.of());
        return items.stream().filter(item -> isRequestFor(request, item.url())).findFirst()
                .map(current -> page(space.get(), items, current, content));
    }

    /** The Space tools page itself: the list of apps and, beside it, the given content. */
    String page(Space space, List<Item> items, Item current, String content) {
        StringBuilder nav = new StringBuilder("<nav class=\"aui-navgroup aui-navgroup-vertical devhost-space-tools-nav\""
                + " aria-label=\"Space tools\"><div class=\"aui-navgroup-inner\"><div class=\"aui-nav-heading\">Apps</div>"
                + "<ul class=\"aui-nav\" id=\"space-tools-apps\">");
        for (Item item : items) {
            boolean selected = item.equals(current);
            nav.append("<li").append(selected ? " class=\"aui-nav-selected\"" : "").append("><a id=\"")
                    .append(Html.escape(item.key())).append("\" href=\"").append(Html.escape(item.url())).append("\"")
                    .append(selected ? " aria-current=\"page\"" : "").append(">").append(Html.escape(item.label()))
                    .append("</a></li>");
        }
        if (items.isEmpty()) {
            nav.append("<li>No apps add pages here.</li>");
        }
        nav.append("</ul></div></nav>");
        return """
                <nav class="aui-navgroup-horizontal devhost-breadcrumbs"><a href="/display/%s">%s</a></nav>
                <h1 id="space-tools-heading">Space tools</h1>
                <div class="devhost-space-tools">%s<div class="devhost-space-tools-content">%s</div></div>
                """.formatted(Html.escape(space.getKey()), Html.escape(space.getName()), nav, content);
    }

    private static boolean isRequestFor(HttpServletRequest request, String url) {
        URI link = URI.create(url);
        if (!request.getRequestURI().equals(link.getRawPath())) {
            return false;
        }
        return parameters(link.getRawQuery()).entrySet().stream()
                .allMatch(p -> p.getValue().equals(request.getParameter(p.getKey())));
    }

    private static Map<String, String> parameters(String rawQuery) {
        Map<String, String> parameters = new HashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                String[] parts = pair.split("=", 2);
                parameters.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                        parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
            }
        }
        return parameters;
    }
}
