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
import java.util.ArrayList;
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
            default -> Requests.notFound(request, response, user, "Page not found.");
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HostUser user = Requests.user();
        if (!"/pages/doeditpage.action".equals(request.getRequestURI())) {
            Requests.notFound(request, response, user, "Page not found.");
            return;
        }
        if (Requests.checkFormToken(request, response, user)) {
            new PageSave(app, editor).save(request, response, user);
        }
    }

    private void view(HttpServletRequest request, HttpServletResponse response, HostUser user) throws IOException {
        Optional<Located> page = locate(Requests.longParam(request, "pageId"), user, Permission.VIEW);
        if (page.isEmpty()) {
            Requests.notFound(request, response, user, "Page not found, or you may not see it.");
            return;
        }
        Located p = page.get();
        app.pageBuilder().drain();
        StorageRenderer renderer = new StorageRenderer(new PluginMacroInvoker(app.plugin(), p.entity(), p.space().getKey()),
                new HostUserNames(app.users()));
        String body = renderer.toHtml(p.record().body());
        List<String> head = new ArrayList<>(webResources.tags(app.pageBuilder().drain()));
        if (user != null) {
            // Confluence puts the form token on every page for scripts and forms to send back.
            head.add("<meta name=\"ajs-atl-token\" content=\"" + Html.escape(Requests.formToken(request)) + "\">");
        }
        String modifier = p.entity().getLastModifier() == null ? "" : " by " + p.entity().getLastModifier().getFullName();
        String content = """
                <nav class="aui-navgroup-horizontal devhost-breadcrumbs"><a href="/display/%s">%s</a></nav>
                <div class="devhost-page-header"><h1 id="title-text">%s</h1><div class="devhost-page-actions">%s</div></div>
                <p class="devhost-page-meta">Version %d%s</p>
                <div id="main-content" class="wiki-content" data-page-id="%d">%s</div>
                """.formatted(Html.escape(p.space().getKey()), Html.escape(p.space().getName()),
                Html.escape(p.record().title()), actions(request, user, p), p.record().version(), Html.escape(modifier),
                p.record().id(), body);
        Requests.html(response, 200, Layout.page(p.record().title(), user, head, content));
    }

    /** Edit, Move and Move to trash, for those who may edit the page. */
    private String actions(HttpServletRequest request, HostUser user, Located p) {
        if (user == null || !app.permissions().hasPermission(user, Permission.EDIT, p.entity())) {
            return "";
        }
        long id = p.record().id();
        return """
                <a class="aui-button" id="editPageLink" href="/pages/editpage.action?pageId=%d">Edit</a>
                <a class="aui-button" id="action-move-page" href="/pages/movepage.action?pageId=%d">Move</a>
                <form class="devhost-inline-form" method="post" action="/pages/trashpage.action">
                <input type="hidden" name="atl_token" value="%s"><input type="hidden" name="pageId" value="%d">
                <button class="aui-button" type="submit" id="action-remove-content">Move to trash</button>
                </form>""".formatted(id, id, Html.escape(Requests.formToken(request)), id);
    }

    private void edit(HttpServletRequest request, HttpServletResponse response, HostUser user) throws IOException {
        Optional<Located> page = locate(Requests.longParam(request, "pageId"), user, Permission.EDIT);
        if (page.isEmpty()) {
            Requests.notFound(request, response, user, "Page not found, or you may not edit it.");
            return;
        }
        Located p = page.get();
        Requests.html(response, 200, editor.render(request, user, p.space(), p.record().id(), p.record().version(),
                p.record().title(), p.record().body(), null));
    }

    private void create(HttpServletRequest request, HttpServletResponse response, HostUser user) throws IOException {
        Optional<Space> space = app.spaces().byKey(request.getParameter("spaceKey"));
        if (space.isEmpty() || !app.permissions().hasPermission(user, Permission.EDIT, space.get())) {
            Requests.notFound(request, response, user, "No such space, or you may not add pages to it.");
            return;
        }
        Requests.html(response, 200, editor.render(request, user, space.get(), -1, 0, "", "", null));
    }

    /** A live page the user may access with the given permission; pages they may not see do not exist for them. */
    private Optional<Located> locate(long pageId, HostUser user, Permission permission) {
        return app.pages().byId(pageId)
                .filter(record -> record.status() == PageRecord.PageStatus.CURRENT)
                .flatMap(record -> app.spaces().byId(record.spaceId())
                        .map(space -> new Located(record, space, app.objects().page(record, space))))
                .filter(located -> app.permissions().hasPermission(user, permission, located.entity()));
    }

    /** A stored page with its space and its Page object. */
    record Located(PageRecord record, Space space, Page entity) {
    }
}
