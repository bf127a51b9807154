package io.followthrough.confluence.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.followthrough.core.port.CurrentUser;
import io.followthrough.core.report.MyCommitments;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The caller's commitments across spaces, on pages they may view. */
@Path("/me/commitments")
@Produces(MediaType.APPLICATION_JSON)
public final class InboxResource {
    private final MyCommitments commitments;
    private final CurrentUser currentUser;

    public InboxResource(MyCommitments myCommitments, CurrentUser currentUser) {
        this.commitments = myCommitments;
        this.currentUser = currentUser;
    }

    /** 200 {toAnswer, toDeliver, toAcknowledge, owedToMe}, each a list of items; 401 not logged in. */
    @GET
    @LicensedOnly
    public Response commitments() {
        return currentUser.key().map(user -> Response.ok(InboxJson.of(commitments.of(user))).build())
                .orElseGet(RestErrors::loginNeeded);
    }
}
