package io.followthrough.devhost.web;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.spaces.Space;
import io.followthrough.devhost.data.HostUser;
import io.followthrough.devhost.data.PageRecord;
import io.followthrough.devhost.plugin.PluginMacroInvoker;
import io.followthrough.devhost.render.StorageRenderer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Page view, editor and save, at Confluence's URLs (viewpage.action, editpage.action, …). */
public final class PageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient HostApp app;
    private final transient EditorPage editor;
    private final transient WebResources webResources;

    public PageServlet(HostApp app) {
        this.app = app;
        this.editor = new EditorPage(app);
        this.webResources = new WebResources(app.plugin().bundle().descriptor());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HostUser user = Requests.user();
        switch (request.getRequestURI()) {
            case "/pages/viewpage.action" -> view(request, response, user);
            case "/pages/editpage.action" -> edit(request, response, user);
            case "/pages/createpage.action" -> create(request, response, user);
            default -> notFound(response, user);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HostUser user = Requests.user();
        if (!"/pages/doeditpage.action".equals(request.getRequestURI())) {
            notFound(response, user);
            return;
        }
        if (!Requests.hasValidFormToken(request)) {
            Requests.html(response, 403, Layout.page("Forbidden", user, List.of(),
                    "<div class=\"aui-message aui-message-error\"><p>The form token is missing or stale. Reload the editor and save again.</p></div>"));
            return;
        }
        new PageSave(app, editor).save(request, response, user);
    }

    private void view(HttpServletRequest request, HttpServletResponse response, HostUser user) throws IOException {
        Optional<Located> page = locate(Requests.longParam(request, "pageId"), user, Permission.VIEW);
        if (page.isEmpty()) {
            notFound(response, user);
            return;
        }
        Located p = page.get();
        app.pageBuilder().drain();
        StorageRenderer renderer = new StorageRenderer(new PluginMacroInvoker(app.plugin(), p.entity(), p.space().getKey()),
                new HostUserNames(app.users()));
        String body = renderer.toHtml(p.record().body());
        List<String> head = webResources.tags(app.pageBuilder().drain());
        String actions = app.permissions().hasPermission(user, Permission.EDIT, p.entity())
                ? "<a class=\"aui-button\" id=\"editPageLink\" href=\"/pages/editpage.action?pageId=" + p.record().id() + "\">Edit</a>"
                : "";
        String content = """
                <nav class="aui-navgroup-horizontal devhost-breadcrumbs"><a href="/display/%s">%s</a></nav>
                <div class="devhost-page-header"><h1 id="title-text">%s</h1>%s</div>
                <p class="devhost-page-meta">Version %d</p>
                <div id="main-content" class="wiki-content" data-page-id="%d">%s</div>
                """.formatted(Html.escape(p.space().getKey()), Html.escape(p.space().getName()),
                Html.escape(p.record().title()), actions, p.record().version(), p.record().id(), body);
        Requests.html(response, 200, Layout.page(p.record().title(), user, head, content));
    }

    private void edit(HttpServletRequest request, HttpServletResponse response, HostUser user) throws IOException {
        Optional<Located> page = locate(Requests.longParam(request, "pageId"), user, Permission.EDIT);
        if (page.isEmpty()) {
            notFound(response, user);
            return;
        }
        Located p = page.get();
        Requests.html(response, 200, editor.render(request, user, p.space(), p.record().id(), p.record().version(),
                p.record().title(), p.record().body(), null));
    }

    private void create(HttpServletRequest request, HttpServletResponse response, HostUser user) throws IOException {
        Optional<Space> space = app.spaces().byKey(request.getParameter("spaceKey"));
        if (space.isEmpty() || !app.permissions().hasPermission(user, Permission.EDIT, space.get())) {
            notFound(response, user);
            return;
        }
        Requests.html(response, 200, editor.render(request, user, space.get(), -1, 0, "", "", null));
    }

    /** A page the user may access with the given permission; pages they may not see do not exist for them. */
    private Optional<Located> locate(long pageId, HostUser user, Permission permission) {
        return app.pages().byId(pageId)
                .filter(record -> record.status() == PageRecord.PageStatus.CURRENT)
                .flatMap(record -> app.spaces().byId(record.spaceId())
                        .map(space -> new Located(record, space, Pages.entity(record, space))))
                .filter(located -> app.permissions().hasPermission(user, permission, located.entity()));
    }

    private static void notFound(HttpServletResponse response, HostUser user) throws IOException {
        Requests.html(response, 404, Layout.page("Page not found", user, List.of(),
                "<div class=\"aui-message aui-message-warning\" id=\"not-found\"><p>Page not found, or you may not see it.</p></div>"));
    }

    /** A stored page with its space and its Page object. */
    record Located(PageRecord record, Space space, Page entity) {
    }
}
