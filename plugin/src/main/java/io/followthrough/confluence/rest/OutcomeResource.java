package io.followthrough.confluence.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.followthrough.confluence.macro.OutcomeRenderer;
import io.followthrough.core.commitment.Presence;
import io.followthrough.core.outcome.Outcome;
import io.followthrough.core.outcome.OutcomeEvent;
import io.followthrough.core.outcome.OutcomeRollup;
import io.followthrough.core.outcome.OutcomeStatus;
import io.followthrough.core.outcome.Outcomes;
import io.followthrough.core.outcome.StatusChange;
import io.followthrough.core.outcome.StatusRequest;
import io.followthrough.core.port.ActionItemStore;
import io.followthrough.core.port.CurrentUser;
import io.followthrough.core.port.OutcomeStore;
import io.followthrough.core.port.Permissions;
import io.followthrough.core.port.PurposeStore;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** REST for one expected outcome: read it, render it, set its status. Outcomes on pages the caller cannot view do not exist. */
@Path("/outcomes")
@Produces(MediaType.APPLICATION_JSON)
public final class OutcomeResource {
    private final OutcomeStore store;
    private final PurposeStore purposes;
    private final ActionItemStore items;
    private final Outcomes outcomes;
    private final Permissions permissions;
    private final CurrentUser currentUser;
    private final OutcomeRenderer renderer;
    private final Clock clock;

    public OutcomeResource(OutcomeStore outcomeStore, PurposeStore purposeStore, ActionItemStore actionItemStore,
                           Outcomes outcomes, Permissions permissions, CurrentUser currentUser, OutcomeRenderer renderer,
                           Clock clock) {
        this.store = outcomeStore;
        this.purposes = purposeStore;
        this.items = actionItemStore;
        this.outcomes = outcomes;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.renderer = renderer;
        this.clock = clock;
    }

    /** 200 the outcome with the roll-up of its action items and its history; 404 no such outcome or its page is not viewable. */
    @GET
    @Path("/{id}")
    @AnonymousSiteAccess
    public Response outcome(@PathParam("id") long id) {
        return visible(id).map(o -> Response.ok(json(o, store.history(id), viewer())).build())
                .orElseGet(RestErrors::noOutcome);
    }

    /** 200 {"html": …} the outcome's live part as the macro shows it to the caller; 404 as for {@link #outcome}. */
    @GET
    @Path("/{id}/view")
    @AnonymousSiteAccess
    public Response view(@PathParam("id") long id) {
        return visible(id).map(o -> Response.ok(Map.of("html", renderer.render(o, store.history(id), items.byPage(o.pageId()),
                purposes.byPage(o.pageId()), viewer()))).build()).orElseGet(RestErrors::noOutcome);
    }

    /**
     * Sets the status, with a note. 200 the outcome after the update; 400 malformed input, or a
     * note missing where the status needs one ({@code field} names it); 403 the caller is neither
     * the outcome's owner nor the sponsor of the page's purpose; 404 no outcome or page not
     * viewable; 409 the outcome changed since {@code expectedVersion} (body carries the current
     * outcome); 422 the outcome left its page, or the update would change nothing.
     */
    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response setStatus(@PathParam("id") long id, StatusJson body) {
        Optional<String> user = currentUser.key();
        if (visible(id).isEmpty() || user.isEmpty()) {
            return RestErrors.noOutcome();
        }
        if (body == null || body.status() == null || body.status().isBlank()) {
            return RestErrors.bad("a status is required", "status");
        }
        Optional<OutcomeStatus> status = OutcomeStatus.fromWireName(body.status().strip());
        if (status.isEmpty()) {
            return RestErrors.bad("unknown status '" + body.status() + "'", "status");
        }
        if (body.expectedVersion() == null) {
            return RestErrors.bad("expectedVersion is required: the version of the outcome you saw", "expectedVersion");
        }
        StatusChange change = outcomes.setStatus(new StatusRequest(id, status.get(), user.get(), body.note(),
                body.expectedVersion()));
        if (change instanceof StatusChange.Applied applied) {
            return Response.ok(json(applied.outcome(), store.history(id), user.get())).build();
        }
        StatusChange.Rejected rejected = (StatusChange.Rejected) change;
        return RestErrors.rejected(rejected, rejected.current().map(o -> json(o, null, user.get())).orElse(null));
    }

    private Optional<Outcome> visible(long id) {
        return store.byId(id)
                .filter(outcome -> outcome.presence() != Presence.PAGE_TRASHED)
                .filter(outcome -> permissions.canViewPage(currentUser.key(), outcome.pageId()));
    }

    private OutcomeJson json(Outcome outcome, List<OutcomeEvent> history, String viewer) {
        LocalDate today = LocalDate.now(clock);
        return OutcomeJson.of(outcome, history, OutcomeRollup.of(outcome.title(), items.byPage(outcome.pageId()), today),
                Outcomes.maySetStatus(outcome, purposes.byPage(outcome.pageId()), viewer), today);
    }

    private String viewer() {
        return currentUser.key().orElse(null);
    }
}
