package io.followthrough.confluence.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.followthrough.confluence.sync.PageSyncService;
import io.followthrough.core.port.CurrentUser;
import io.followthrough.core.port.Permissions;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Space administration over REST: rebuilding a space's action items from its page bodies. */
@Path("/spaces/{spaceKey}")
@Produces(MediaType.APPLICATION_JSON)
public final class SpaceResource {
    private final PageSyncService sync;
    private final Permissions permissions;
    private final CurrentUser currentUser;

    public SpaceResource(PageSyncService pageSyncService, Permissions permissions, CurrentUser currentUser) {
        this.sync = pageSyncService;
        this.permissions = permissions;
        this.currentUser = currentUser;
    }

    /** 200 {"pages": n} after re-reading every current page of the space; 403 not a space admin (or no such space). */
    @POST
    @Path("/rebuild")
    @LicensedOnly
    public Response rebuild(@PathParam("spaceKey") String spaceKey) {
        if (!permissions.canAdministerSpace(currentUser.key(), spaceKey)) {
            return RestErrors.forbidden("only space admins may rebuild a space's action items");
        }
        return Response.ok(Map.of("pages", sync.rebuildSpace(spaceKey))).build();
    }
}
