package io.followthrough.devhost.web;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.spaces.Space;
import io.followthrough.devhost.data.HostUser;
import io.followthrough.devhost.data.PageRecord;
import io.followthrough.devhost.data.PageRecord.PageStatus;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Moving a page to the trash (anyone who may edit it) and a space's trash, where space admins
 * restore pages or purge them for good, at Confluence's URLs.
 */
public final class TrashServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient HostApp app;

    public TrashServlet(HostApp app) {
        this.app = app;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HostUser user = Requests.user();
        Optional<Space> space = app.spaces().byKey(request.getParameter("key"))
                .filter(s -> app.permissions().hasPermission(user, Permission.ADMINISTER, s));
        if (space.isEmpty()) {
            Requests.notFound(request, response, user, "No such space, or you do not administer it.");
            return;
        }
        Space s = space.get();
        String token = Html.escape(Requests.formToken(request));
        StringBuilder rows = new StringBuilder();
        for (Page page : app.objects().pages(app.pages().inSpace(s.getId(), PageStatus.TRASHED), s)) {
            rows.append("<tr data-page-id=\"").append(page.getId()).append("\"><td>").append(Html.escape(page.getTitle()))
                    .append("</td><td>").append(page.getVersion()).append("</td><td>")
                    .append(form("/pages/restoretrashitem.action", "Restore", token, page.getId()))
                    .append(form("/pages/purgetrashitem.action", "Purge", token, page.getId())).append("</td></tr>");
        }
        String content = """
                <nav class="aui-navgroup-horizontal devhost-breadcrumbs"><a href="/display/%s">%s</a></nav>
                <h1>Trash</h1>
                <table class="aui" id="trash-contents"><thead><tr><th>Title</th><th>Version</th><th></th></tr></thead>
                <tbody>%s</tbody></table>
                """.formatted(Html.escape(s.getKey()), Html.escape(s.getName()),
                rows.isEmpty() ? "<tr><td colspan=\"3\">The trash is empty.</td></tr>" : rows);
        Requests.html(response, 200, Layout.page("Trash - " + s.getName(), user, List.of(), content));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HostUser user = Requests.user();
        if (!Requests.checkFormToken(request, response, user)) {
            return;
        }
        long pageId = Requests.longParam(request, "pageId");
        Optional<PageRecord> page = app.pages().byId(pageId);
        Optional<Space> space = page.flatMap(p -> app.spaces().byId(p.spaceId()));
        boolean done = switch (request.getRequestURI()) {
            case "/pages/trashpage.action" -> page.filter(p -> p.status() == PageStatus.CURRENT)
                    .filter(p -> app.permissions().hasPermission(user, Permission.EDIT, app.objects().page(p, space.get())))
                    .map(p -> app.operations().trash(pageId, user)).orElse(false);
            case "/pages/restoretrashitem.action" -> administers(user, space) && app.operations().restore(pageId);
            case "/pages/purgetrashitem.action" -> administers(user, space) && app.operations().purge(pageId);
            default -> false;
        };
        if (!done) {
            Requests.notFound(request, response, user, "No such page, or you may not do that to it.");
            return;
        }
        String key = space.get().getKey();
        boolean trashed = request.getRequestURI().equals("/pages/trashpage.action");
        response.sendRedirect(trashed ? "/display/" + key : "/pages/viewtrash.action?key=" + key);
    }

    private boolean administers(HostUser user, Optional<Space> space) {
        return space.isPresent() && app.permissions().hasPermission(user, Permission.ADMINISTER, space.get());
    }

    private static String form(String action, String label, String token, long pageId) {
        return "<form class=\"devhost-inline-form\" method=\"post\" action=\"" + action + "\">"
                + "<input type=\"hidden\" name=\"atl_token\" value=\"" + token + "\">"
                + "<input type=\"hidden\" name=\"pageId\" value=\"" + pageId + "\">"
                + "<button class=\"aui-button\" type=\"submit\">" + label + "</button></form>";
    }
}
