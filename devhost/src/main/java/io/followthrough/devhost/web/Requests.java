package io.followthrough.devhost.web;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import io.followthrough.devhost.data.HostUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;

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
