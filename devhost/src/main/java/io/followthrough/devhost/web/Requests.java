package io.followthrough.devhost.web;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import io.followthrough.devhost.data.HostUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/** Request helpers for the host's servlets: current user, form tokens, HTML responses. */
final class Requests {
    static final String SESSION_USER = "devhost.username";
    private static final String SESSION_TOKEN = "devhost.atl_token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Requests() {
    }

    static HostUser user() {
        return (HostUser) AuthenticatedUserThreadLocal.get();
    }

    /** The session's form token, sent back as atl_token with every host form, as Confluence does. */
    static String formToken(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        String token = (String) session.getAttribute(SESSION_TOKEN);
        if (token == null) {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            token = HexFormat.of().formatHex(bytes);
            session.setAttribute(SESSION_TOKEN, token);
        }
        return token;
    }

    static boolean hasValidFormToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(SESSION_TOKEN);
        return expected != null && expected.equals(request.getParameter("atl_token"));
    }

    /** Checks atl_token on a host form post; a missing or stale token gets a 403 page and false. */
    static boolean checkFormToken(HttpServletRequest request, HttpServletResponse response, HostUser user)
            throws IOException {
        if (hasValidFormToken(request)) {
            return true;
        }
        html(response, 403, Layout.page("Forbidden", user, List.of(), "<div class=\"aui-message aui-message-error\">"
                + "<p>The form token is missing or stale. Reload the page and try again.</p></div>"));
        return false;
    }

    static void redirectToLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        response.sendRedirect("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
    }

    /**
     * Answers a request for something the user may not see: anonymous users are asked to log in,
     * as Confluence does, logged-in users get a 404 page that does not reveal whether it exists.
     */
    static void notFound(HttpServletRequest request, HttpServletResponse response, HostUser user, String message)
            throws IOException {
        if (user == null) {
            redirectToLogin(request, response);
            return;
        }
        html(response, 404, Layout.page("Not found", user, List.of(),
                "<div class=\"aui-message aui-message-warning\" id=\"not-found\"><p>" + Html.escape(message)
                        + "</p></div>"));
    }

    static void html(HttpServletResponse response, int status, String html) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }

    static long longParam(HttpServletRequest request, String name) {
        try {
            return Long.parseLong(request.getParameter(name));
        } catch (NumberFormatException | NullPointerException e) {
            return -1;
        }
    }
}
