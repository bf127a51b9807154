package io.followthrough.devhost.web;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import io.followthrough.devhost.data.HostUser;
import io.followthrough.devhost.data.HostUsers;
import io.followthrough.devhost.services.SiteSettings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Authenticates each request from the session or HTTP Basic credentials and publishes the user
 * through AuthenticatedUserThreadLocal for the request's duration, as Confluence does.
 * Anonymous requests reach static files, the login page, REST (whose access annotations decide)
 * and plugin servlets (which check, and send visitors to log in, themselves); when the site allows
 * anonymous access also the space and page views, which check permissions. Everything else sends
 * them to log in.
 */
public final class AuthFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    private final transient HostUsers users;
    private final transient SiteSettings site;

    public AuthFilter(HostUsers users, SiteSettings site) {
        this.users = users;
        this.site = site;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<HostUser> user = basic(request).or(() -> fromSession(request));
        String path = request.getRequestURI();
        boolean open = path.equals("/login") || path.startsWith("/static/") || path.startsWith("/download/")
                || path.startsWith("/rest/") || path.startsWith("/plugins/servlet/") || site.anonymousAccess()
                && (path.equals("/") || path.startsWith("/display/") || path.equals("/pages/viewpage.action"));
        if (user.isEmpty() && !open) {
            Requests.redirectToLogin(request, response);
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
