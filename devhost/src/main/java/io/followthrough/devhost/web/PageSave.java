package io.followthrough.devhost.web;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.spaces.Space;
import io.followthrough.devhost.data.HostUser;
import io.followthrough.devhost.data.PageRecord;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Saves the editor's form: a new page, or a new version unless someone else saved first. Saving
 * goes through the host's page operations, so the plugin's listeners hear of it.
 */
final class PageSave {
    private final HostApp app;
    private final EditorPage editor;

    PageSave(HostApp app, EditorPage editor) {
        this.app = app;
        this.editor = editor;
    }

    void save(HttpServletRequest request, HttpServletResponse response, HostUser user) throws IOException {
        String title = request.getParameter("title") == null ? "" : request.getParameter("title").strip();
        String body = request.getParameter("body") == null ? "" : request.getParameter("body");
        long pageId = Requests.longParam(request, "pageId");
        int version = (int) Requests.longParam(request, "originalVersion");
        Optional<Space> space = app.spaces().byKey(request.getParameter("spaceKey"));
        if (space.isEmpty()) {
            Requests.html(response, 404, Layout.page("Not found", user, List.of(), "<p>No such space.</p>"));
            return;
        }
        String problem = title.isEmpty() ? "A page needs a title."
                : title.length() > 255 ? "The title is longer than 255 characters."
                : pageId < 0 && app.pages().byTitle(space.get().getId(), title).isPresent()
                ? "A page with this title already exists in this space." : null;
        if (problem != null) {
            Requests.html(response, 400, editor.render(request, user, space.get(), pageId, version, title, body, problem));
            return;
        }
        if (pageId < 0) {
            if (!app.permissions().hasPermission(user, Permission.EDIT, space.get())) {
                Requests.html(response, 403, Layout.page("Forbidden", user, List.of(), "<p>You may not add pages here.</p>"));
                return;
            }
            PageRecord created = app.operations().create(space.get(), title, body, user);
            response.sendRedirect("/pages/viewpage.action?pageId=" + created.id());
            return;
        }
        Optional<PageRecord> current = app.pages().byId(pageId)
                .filter(p -> p.status() == PageRecord.PageStatus.CURRENT && p.spaceId() == space.get().getId())
                .filter(p -> app.permissions().hasPermission(user, Permission.EDIT, app.objects().page(p, space.get())));
        if (current.isEmpty()) {
            Requests.html(response, 404, Layout.page("Not found", user, List.of(), "<p>Page not found.</p>"));
            return;
        }
        Optional<PageRecord> saved = app.operations().update(pageId, version, title, body, user);
        if (saved.isEmpty()) {
            Requests.html(response, 409, editor.render(request, user, space.get(), pageId, version, title, body,
                    "Someone else saved this page while you were editing (now version " + current.get().version()
                            + "). Copy your changes, reload the editor and apply them again."));
            return;
        }
        response.sendRedirect("/pages/viewpage.action?pageId=" + pageId);
    }
}
