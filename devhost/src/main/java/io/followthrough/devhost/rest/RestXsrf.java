package io.followthrough.devhost.rest;

import com.atlassian.annotations.security.XsrfProtectionExcluded;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;

/**
 * Atlassian REST's XSRF rule: a state-changing request a browser form could forge (form-encoded,
 * multipart, plain text, or a body without a type) needs {@code X-Atlassian-Token: no-check};
 * JSON bodies cannot be sent cross-site without CORS and pass. {@code @XsrfProtectionExcluded}
 * methods are exempt.
 */
final class RestXsrf implements DynamicFeature {
    static final String HEADER = "X-Atlassian-Token";
    private static final Set<String> MUTATING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final List<MediaType> FORGEABLE = List.of(MediaType.APPLICATION_FORM_URLENCODED_TYPE,
            MediaType.MULTIPART_FORM_DATA_TYPE, MediaType.TEXT_PLAIN_TYPE);

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        if (!resource.getResourceMethod().isAnnotationPresent(XsrfProtectionExcluded.class)) {
            context.register(new Check());
        }
    }

    /** Rejects forgeable state-changing requests without the header; runs after the access check. */
    @Priority(Priorities.AUTHORIZATION)
    static final class Check implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            if (!MUTATING.contains(request.getMethod()) || "no-check".equals(request.getHeaderString(HEADER))) {
                return;
            }
            MediaType type = request.getMediaType();
            boolean forgeable = type == null ? request.hasEntity()
                    : FORGEABLE.stream().anyMatch(f -> f.getType().equalsIgnoreCase(type.getType())
                            && f.getSubtype().equalsIgnoreCase(type.getSubtype()));
            if (forgeable) {
                request.abortWith(JsonErrors.response(403, "XSRF check failed"));
            }
        }
    }
}
