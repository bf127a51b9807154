package io.followthrough.devhost.fixtureplugin.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** Fixture plugin resource: one method per REST v2 access annotation, plus one with none. */
@Path("access")
@Produces(MediaType.APPLICATION_JSON)
public class AccessResource {
    private final UserManager users;

    public AccessResource(UserManager users) {
        this.users = users;
    }

    @GET
    @Path("unrestricted")
    @UnrestrictedAccess
    public Map<String, String> unrestricted() {
        return caller();
    }

    @GET
    @Path("anonymous-site")
    @AnonymousSiteAccess
    public Map<String, String> anonymousSite() {
        return caller();
    }

    @GET
    @Path("unlicensed")
    @UnlicensedSiteAccess
    public Map<String, String> unlicensed() {
        return caller();
    }

    @GET
    @Path("default")
    public Map<String, String> unannotated() {
        return caller();
    }

    @GET
    @Path("admin")
    @AdminOnly
    public Map<String, String> admin() {
        return caller();
    }

    @GET
    @Path("system-admin")
    @SystemAdminOnly
    public Map<String, String> systemAdmin() {
        return caller();
    }

    private Map<String, String> caller() {
        UserProfile user = users.getRemoteUser();
        return Map.of("caller", user == null ? "anonymous" : user.getUsername());
    }
}
