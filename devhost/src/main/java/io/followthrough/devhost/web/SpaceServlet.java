package io.followthrough.devhost.web;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.spaces.Space;
import io.followthrough.devhost.data.HostUser;
import io.followthrough.devhost.data.PageRecord.PageStatus;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The space directory ("/") and a space's page list ("/display/KEY"), filtered by permission;
 * space admins also get a link to the space's trash.
 */
public final class SpaceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient HostApp app;

    public SpaceServlet(HostApp app) {
        this.app = app;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HostUser user = Requests.user();
        String path = request.getRequestURI();
        if (path.startsWith("/display/")) {
            space(request, response, user, path.substring("/display/".length()));
            return;
        }
        StringBuilder list = new StringBuilder("<h1>Spaces</h1><ul class=\"devhost-spaces\">");
        for (Space space : app.spaces().all()) {
            if (app.permissions().hasPermission(user, Permission.VIEW, space)) {
                list.append("<li><a href=\"/display/").append(Html.escape(space.getKey())).append("\">")
                        .append(Html.escape(space.getName())).append("</a> <span class=\"aui-lozenge\">")
                        .append(Html.escape(space.getKey())).append("</span></li>");
            }
        }
        Requests.html(response, 200, Layout.page("Spaces", user, List.of(), list.append("</ul>").toString()));
    }

    private void space(HttpServletRequest request, HttpServletResponse response, HostUser user, String key)
            throws IOException {
        Optional<Space> space = app.spaces().byKey(key);
        if (space.isEmpty() || !app.permissions().hasPermission(user, Permission.VIEW, space.get())) {
            Requests.notFound(request, response, user, "No such space, or you may not view it.");
            return;
        }
        Space s = space.get();
        StringBuilder content = new StringBuilder("<h1 id=\"space-name\">").append(Html.escape(s.getName()))
                .append("</h1><p class=\"devhost-space-actions\">");
        if (app.permissions().hasPermission(user, Permission.EDIT, s)) {
            content.append("<a class=\"aui-button aui-button-primary\" id=\"create-page\" href=\"/pages/createpage.action?spaceKey=")
                    .append(Html.escape(s.getKey())).append("\">Create page</a>");
        }
        if (app.permissions().hasPermission(user, Permission.ADMINISTER, s)) {
            content.append(" <a class=\"aui-button aui-button-link\" id=\"space-trash\" href=\"/pages/viewtrash.action?key=")
                    .append(Html.escape(s.getKey())).append("\">Trash</a>");
            content.append(" <a class=\"aui-button aui-button-link\" id=\"space-tools\" href=\"/spaces/spacetools.action?key=")
                    .append(Html.escape(s.getKey())).append("\">Space tools</a>");
        }
        content.append("</p><ul class=\"devhost-pages\">");
        for (Page page : app.objects().pages(app.pages().inSpace(s.getId(), PageStatus.CURRENT), s)) {
            if (app.permissions().hasPermission(user, Permission.VIEW, page)) {
                content.append("<li><a href=\"/pages/viewpage.action?pageId=").append(page.getId()).append("\">")
                        .append(Html.escape(page.getTitle())).append("</a></li>");
            }
        }
        Requests.html(response, 200, Layout.page(s.getName(), user, List.of(), content.append("</ul>").toString()));
    }
}
