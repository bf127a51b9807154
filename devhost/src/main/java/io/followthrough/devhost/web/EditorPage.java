package io.followthrough.devhost.web;

import com.atlassian.confluence.spaces.Space;
import io.followthrough.devhost.data.HostUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * The page editor: title, the storage-format body, and an Insert macro dialog built from the
 * plugin descriptor's macro parameters (see editor.js).
 */
final class EditorPage {
    private final HostApp app;
    private final MacroCatalog catalog;

    EditorPage(HostApp app) {
        this.app = app;
        this.catalog = new MacroCatalog(app);
    }

    String render(HttpServletRequest request, HostUser user, Space space, long pageId, int version, String title,
                  String body, String error) {
        String message = error == null ? ""
                : "<div class=\"aui-message aui-message-error\" id=\"editor-error\"><p>" + Html.escape(error) + "</p></div>";
        String content = """
                <h1>%s</h1>
                %s
                <form class="aui devhost-editor" method="post" action="/pages/doeditpage.action" id="editpageform">
                <input type="hidden" name="atl_token" value="%s">
                <input type="hidden" name="spaceKey" value="%s">
                <input type="hidden" name="pageId" value="%d">
                <input type="hidden" name="originalVersion" value="%d">
                <div class="field-group"><label for="content-title">Title</label>
                <input class="text long-field" type="text" id="content-title" name="title" value="%s" maxlength="255"></div>
                <div class="devhost-toolbar">
                <button type="button" class="aui-button" id="insert-macro">Insert macro</button>
                <span class="description">The body is Confluence storage format.</span>
                </div>
                <textarea class="textarea devhost-storage" id="wysiwygTextarea" name="body" rows="20" spellcheck="false">%s</textarea>
                <div class="buttons-container"><div class="buttons">
                <button class="aui-button aui-button-primary" type="submit" id="rte-button-publish">Save</button>
                <a class="aui-button aui-button-link" href="%s">Cancel</a>
                </div></div>
                </form>
                <script type="application/json" id="devhost-macro-catalog">%s</script>
                <script type="application/json" id="devhost-users">%s</script>
                %s
                """.formatted(pageId < 0 ? "Create page in " + Html.escape(space.getName()) : "Edit page",
                message, Html.escape(Requests.formToken(request)), Html.escape(space.getKey()), pageId, version,
                Html.escape(title), Html.escape(body),
                pageId < 0 ? "/display/" + Html.escape(space.getKey()) : "/pages/viewpage.action?pageId=" + pageId,
                catalog.macrosJson(), catalog.usersJson(), InsertMacroDialog.HTML);
        return Layout.page(pageId < 0 ? "Create page" : "Edit " + title, user,
                List.of("<script src=\"/static/devhost/editor.js\"></script>"), content);
    }
}
