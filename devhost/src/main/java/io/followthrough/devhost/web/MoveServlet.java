package io.followthrough.devhost.web;

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
 * Moves a page to another space the user may add pages to, as Confluence's "Move" dialog does
 * (here always to the top level of the target space).
 */
public final class MoveServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient HostApp app;

    public MoveServlet(HostApp app) {
        this.app = app;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HostUser user = Requests.user();
        Optional<PageRecord> page = editable(Requests.longParam(request, "pageId"), user);
        if (page.isEmpty()) {
            Requests.notFound(request, response, user, "No such page, or you may not move it.");
            return;
        }
        form(request, response, user, page.get(), 200, null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HostUser user = Requests.user();
        if (!Requests.checkFormToken(request, response, user)) {
            return;
        }
        Optional<PageRecord> page = editable(Requests.longParam(request, "pageId"), user);
        Optional<Space> target = app.spaces().byKey(request.getParameter("spaceKey"))
                .filter(s -> app.permissions().hasPermission(user, Permission.EDIT, s));
        if (page.isEmpty() || target.isEmpty()) {
            Requests.notFound(request, response, user, "No such page or space, or you may not move pages there.");
            return;
        }
        PageRecord p = page.get();
        if (target.get().getId() == p.spaceId()) {
            form(request, response, user, p, 400, "The page is already in this space.");
        } else if (app.pages().byTitle(target.get().getId(), p.title()).isPresent()) {
            form(request, response, user, p, 409, "A page with this title already exists in the target space.");
        } else if (!app.operations().move(p.id(), target.get(), user)) {
            form(request, response, user, p, 409, "The page changed while you were moving it. Try again.");
        } else {
            response.sendRedirect("/pages/viewpage.action?pageId=" + p.id());
        }
    }

    private Optional<PageRecord> editable(long pageId, HostUser user) {
        return app.pages().byId(pageId).filter(p -> p.status() == PageStatus.CURRENT)
                .filter(p -> app.permissions().hasPermission(user, Permission.EDIT, app.objects().page(p)));
    }

    private void form(HttpServletRequest request, HttpServletResponse response, HostUser user, PageRecord page, int status,
                      String error) throws IOException {
        StringBuilder options = new StringBuilder();
        for (Space space : app.spaces().all()) {
            if (space.getId() != page.spaceId() && app.permissions().hasPermission(user, Permission.EDIT, space)) {
                options.append("<option value=\"").append(Html.escape(space.getKey())).append("\">")
                        .append(Html.escape(space.getName())).append("</option>");
            }
        }
        String content = """
                <h1>Move page</h1>
                %s
                <form class="aui" method="post" action="/pages/domovepage.action" id="move-page-form">
                <input type="hidden" name="atl_token" value="%s"><input type="hidden" name="pageId" value="%d">
                <div class="field-group"><label for="move-space">Move <strong>%s</strong> to space</label>
                <select class="select" id="move-space" name="spaceKey">%s</select></div>
                <div class="buttons-container"><div class="buttons">
                <button class="aui-button aui-button-primary" type="submit" id="move-button">Move</button>
                <a class="aui-button aui-button-link" href="/pages/viewpage.action?pageId=%d">Cancel</a>
                </div></div></form>
                """.formatted(error == null ? "" : "<div class=\"aui-message aui-message-error\" id=\"move-error\"><p>"
                + Html.escape(error) + "</p></div>", Html.escape(Requests.formToken(request)), page.id(),
                Html.escape(page.title()), options, page.id());
        Requests.html(response, status, Layout.page("Move " + page.title(), user, List.of(), content));
    }
}
