package io.followthrough.devhost.fixtureplugin.web;

import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A fixture plugin servlet, created with a host service by constructor autowiring: greets the
 * current user in a page that asks for Confluence's decorator, or in plain text with {@code plain}.
 */
public final class FixtureServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient UserManager userManager;

    public FixtureServlet(UserManager userManager) {
        this.userManager = userManager;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserProfile user = userManager.getRemoteUser();
        String name = user == null ? "stranger" : user.getFullName();
        if (request.getParameter("plain") != null) {
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(("Hello " + name).getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<html><head><title>Fixture page</title><meta name=\"decorator\" content=\"atl.general\">"
                + "<meta name=\"fixture-meta\" content=\"kept\"></head><body><p id=\"fixture-greeting\">Hello " + name
                + "</p></body></html>");
    }
}
