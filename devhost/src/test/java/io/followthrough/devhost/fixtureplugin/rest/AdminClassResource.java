package io.followthrough.devhost.fixtureplugin.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** Fixture plugin resource: a class-level annotation, overridden on one method. */
@Path("admin-class")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class AdminClassResource {
    @GET
    @Path("closed")
    public Map<String, String> closed() {
        return Map.of("result", "closed");
    }

    @GET
    @Path("open")
    @UnrestrictedAccess
    public Map<String, String> open() {
        return Map.of("result", "open");
    }
}
