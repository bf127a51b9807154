package io.followthrough.devhost.rest;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import com.atlassian.sal.api.user.UserManager;
import io.followthrough.devhost.services.SiteSettings;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * REST v2's secure-by-default access rule: the access annotation on the resource method wins over
 * the one on its class, then its package; with none the resource is {@code @LicensedOnly}.
 * Anonymous callers who need to log in get 401, logged-in callers who lack the role get 403.
 */
final class RestAccess implements DynamicFeature {
    /** The access annotations, each with what it demands. */
    private static final Map<Class<? extends Annotation>, Rule> RULES = Map.of(
            UnrestrictedAccess.class, Rule.ANYONE,
            AnonymousSiteAccess.class, Rule.ANONYMOUS_IF_SITE_ALLOWS,
            UnlicensedSiteAccess.class, Rule.LOGGED_IN,
            LicensedOnly.class, Rule.LOGGED_IN,
            AdminOnly.class, Rule.ADMIN,
            SystemAdminOnly.class, Rule.SYSTEM_ADMIN);

    private final UserManager users;
    private final SiteSettings site;

    RestAccess(UserManager users, SiteSettings site) {
        this.users = users;
        this.site = site;
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Class<?> type = resource.getResourceClass();
        Rule rule = Stream.<AnnotatedElement>of(resource.getResourceMethod(), type, type.getPackage())
                .map(RestAccess::declared)
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(Rule.LOGGED_IN);
        context.register(new Check(rule, users, site));
    }

    private static Optional<Rule> declared(AnnotatedElement element) {
        if (element == null) {
            return Optional.empty();
        }
        List<Rule> rules = RULES.entrySet().stream()
                .filter(entry -> element.isAnnotationPresent(entry.getKey()))
                .map(Map.Entry::getValue)
                .toList();
        if (rules.size() > 1) {
            throw new IllegalStateException(element + " carries more than one REST access annotation");
        }
        return rules.stream().findFirst();
    }

    /** Who may call a resource method. */
    enum Rule { ANYONE, ANONYMOUS_IF_SITE_ALLOWS, LOGGED_IN, ADMIN, SYSTEM_ADMIN }

    /** Applies one method's rule to each request, before the method runs. */
    @Priority(Priorities.AUTHENTICATION)
    record Check(Rule rule, UserManager users, SiteSettings site) implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            ConfluenceUser user = AuthenticatedUserThreadLocal.get();
            if (rule == Rule.ANYONE || rule == Rule.ANONYMOUS_IF_SITE_ALLOWS && user == null && site.anonymousAccess()) {
                return;
            }
            if (user == null) {
                request.abortWith(JsonErrors.response(401,
                        "Authentication required: log in or send HTTP Basic credentials"));
            } else if (rule == Rule.ADMIN && !users.isAdmin(user.getKey())) {
                request.abortWith(JsonErrors.response(403, "Only administrators may use this resource"));
            } else if (rule == Rule.SYSTEM_ADMIN && !users.isSystemAdmin(user.getKey())) {
                request.abortWith(JsonErrors.response(403, "Only system administrators may use this resource"));
            }
        }
    }
}
