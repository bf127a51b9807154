package io.followthrough.devhost.web;

import com.atlassian.confluence.spaces.Space;
import io.followthrough.devhost.data.HostUser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** A space's Space tools page for its admins ({@code /spaces/spacetools.action?key=KEY}): the apps that add pages there. */
public final class SpaceToolsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient HostApp app;
    private final transient SpaceTools tools;

    public SpaceToolsServlet(HostApp app) {
        this.app = app;
        this.tools = new SpaceTools(app);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HostUser user = Requests.user();
        Optional<Space> space = app.spaces().byKey(request.getParameter("key"));
        Optional<List<SpaceTools.Item>> items = space.flatMap(s -> tools.items(s, user));
        if (items.isEmpty()) {
            Requests.notFound(request, response, user, "No such space, or you do not administer it.");
            return;
        }
        String content = "<p class=\"devhost-space-tools-hint\">Choose an app on the left. Apps add pages here with web-items"
                + " in the section " + SpaceTools.SECTION + ".</p>";
        Requests.html(response, 200, Layout.page("Space tools - " + space.get().getName(), user, List.of(),
                tools.page(space.get(), items.get(), null, content)));
    }
}
