package io.followthrough.devhost.web;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import io.followthrough.devhost.data.HostUser;
import io.followthrough.devhost.data.HostUsers;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Authenticates each request from the session or HTTP Basic credentials and publishes the user
 * through AuthenticatedUserThreadLocal for the request's duration, as Confluence does.
 * Host pages need a logged-in user; static files and the login page do not.
 */
public final class AuthFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    private final transient HostUsers users;

    public AuthFilter(HostUsers users) {
        this.users = users;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<HostUser> user = basic(request).or(() -> fromSession(request));
        String path = request.getRequestURI();
        boolean open = path.equals("/login") || path.startsWith("/static/") || path.startsWith("/download/");
        if (user.isEmpty() && !open) {
            String next = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            return;
        }
        AuthenticatedUserThreadLocal.set(user.orElse(null));
        try {
            chain.doFilter(request, response);
        } finally {
            AuthenticatedUserThreadLocal.reset();
        }
    }

    private Optional<HostUser> fromSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : users.byName((String) session.getAttribute(Requests.SESSION_USER));
    }

    private Optional<HostUser> basic(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.startsWith("Basic ")) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? Optional.empty() : users.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
}
