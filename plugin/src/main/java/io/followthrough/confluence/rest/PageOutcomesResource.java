package io.followthrough.confluence.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.commitment.Presence;
import io.followthrough.core.outcome.OutcomeEvent;
import io.followthrough.core.outcome.OutcomeRollup;
import io.followthrough.core.outcome.Outcomes;
import io.followthrough.core.port.ActionItemStore;
import io.followthrough.core.port.CurrentUser;
import io.followthrough.core.port.OutcomeStore;
import io.followthrough.core.port.Permissions;
import io.followthrough.core.port.PurposeStore;
import io.followthrough.core.purpose.PagePurpose;
import jakarta.ws.rs.GET;
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

/** REST for the expected outcomes and the purpose of one page, each read with a constant number of queries. */
@Path("/pages/{pageId}")
@Produces(MediaType.APPLICATION_JSON)
public final class PageOutcomesResource {
    private final OutcomeStore outcomes;
    private final PurposeStore purposes;
    private final ActionItemStore items;
    private final Permissions permissions;
    private final CurrentUser currentUser;
    private final Clock clock;

    public PageOutcomesResource(OutcomeStore outcomeStore, PurposeStore purposeStore, ActionItemStore actionItemStore,
                                Permissions permissions, CurrentUser currentUser, Clock clock) {
        this.outcomes = outcomeStore;
        this.purposes = purposeStore;
        this.items = actionItemStore;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** 200 the page's outcomes that are on it or were removed from it, with roll-ups and histories; 404 the page is not viewable. */
    @GET
    @Path("/outcomes")
    @AnonymousSiteAccess
    public Response outcomes(@PathParam("pageId") long pageId) {
        if (!permissions.canViewPage(currentUser.key(), pageId)) {
            return RestErrors.error404Page();
        }
        LocalDate today = LocalDate.now(clock);
        String viewer = currentUser.key().orElse(null);
        Map<Long, List<OutcomeEvent>> histories = outcomes.historiesOfPage(pageId);
        List<ActionItem> pageItems = items.byPage(pageId);
        Optional<PagePurpose> purpose = purposes.byPage(pageId);
        List<OutcomeJson> listed = outcomes.byPage(pageId).stream()
                .filter(outcome -> outcome.presence() != Presence.PAGE_TRASHED)
                .map(outcome -> OutcomeJson.of(outcome, histories.getOrDefault(outcome.id(), List.of()),
                        OutcomeRollup.of(outcome.title(), pageItems, today), Outcomes.maySetStatus(outcome, purpose, viewer),
                        today))
                .toList();
        return Response.ok(listed).build();
    }

    /** 200 the page's purpose; 404 the page is not viewable or has no purpose. */
    @GET
    @Path("/purpose")
    @AnonymousSiteAccess
    public Response purpose(@PathParam("pageId") long pageId) {
        if (!permissions.canViewPage(currentUser.key(), pageId)) {
            return RestErrors.error404Page();
        }
        return purposes.byPage(pageId).filter(purpose -> purpose.presence() != Presence.PAGE_TRASHED)
                .map(purpose -> Response.ok(PurposeJson.of(purpose, LocalDate.now(clock))).build())
                .orElseGet(RestErrors::noPurpose);
    }
}
