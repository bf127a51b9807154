package io.followthrough.devhost.web;

import io.followthrough.devhost.data.HostUser;
import io.followthrough.devhost.data.HostUsers;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** The login form, logging in (a fresh session) and logging out. */
public final class LoginServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient HostUsers users;

    public LoginServlet(HostUsers users) {
        this.users = users;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getRequestURI().equals("/logout")) {
            if (request.getSession(false) != null) {
                request.getSession(false).invalidate();
            }
            response.sendRedirect("/login");
            return;
        }
        form(response, request.getParameter("next"), null, 200);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<HostUser> user = users.authenticate(request.getParameter("os_username"), request.getParameter("os_password"));
        if (user.isEmpty()) {
            form(response, request.getParameter("next"), "Sorry, your username and password are incorrect.", 401);
            return;
        }
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
        request.getSession(true).setAttribute(Requests.SESSION_USER, user.get().username());
        response.sendRedirect(safeNext(request.getParameter("next")));
    }

    /** Only same-site paths are followed after login, so the form cannot be used as an open redirect. */
    static String safeNext(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
    }

    private static void form(HttpServletResponse response, String next, String error, int status) throws IOException {
        String message = error == null ? ""
                : "<div class=\"aui-message aui-message-error\" id=\"login-error\"><p>" + Html.escape(error) + "</p></div>";
        String content = """
                <h1>Log in</h1>
                %s
                <form class="aui" method="post" action="/login" id="login-form">
                <input type="hidden" name="next" value="%s">
                <div class="field-group"><label for="os_username">Username</label>
                <input class="text" type="text" id="os_username" name="os_username" autocomplete="username" autofocus></div>
                <div class="field-group"><label for="os_password">Password</label>
                <input class="password" type="password" id="os_password" name="os_password" autocomplete="current-password"></div>
                <div class="buttons-container"><div class="buttons">
                <button class="aui-button aui-button-primary" type="submit" id="loginButton">Log in</button>
                </div></div>
                </form>
                """.formatted(message, Html.escape(safeNext(next)));
        Requests.html(response, status, Layout.page("Log in", null, List.of(), content));
    }
}
