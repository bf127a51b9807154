package io.followthrough.confluence.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.commitment.ItemEvent;
import io.followthrough.core.commitment.Presence;
import io.followthrough.core.port.ActionItemStore;
import io.followthrough.core.port.CurrentUser;
import io.followthrough.core.port.Permissions;
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

/** REST for the action items of one page, with their histories, in two queries. */
@Path("/pages/{pageId}/items")
@Produces(MediaType.APPLICATION_JSON)
public final class PageItemsResource {
    private final ActionItemStore store;
    private final Permissions permissions;
    private final CurrentUser currentUser;
    private final Clock clock;

    public PageItemsResource(ActionItemStore store, Permissions permissions, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** 200 the page's items that are on it or were removed from it; 404 the page is not viewable. */
    @GET
    @AnonymousSiteAccess
    public Response items(@PathParam("pageId") long pageId) {
        if (!permissions.canViewPage(currentUser.key(), pageId)) {
            return RestErrors.error404Page();
        }
        Map<Long, List<ItemEvent>> histories = store.historiesOfPage(pageId);
        LocalDate today = LocalDate.now(clock);
        String viewer = currentUser.key().orElse(null);
        List<ItemJson> items = store.byPage(pageId).stream()
                .filter(item -> item.presence() != Presence.PAGE_TRASHED)
                .map((ActionItem item) -> ItemJson.of(item, histories.getOrDefault(item.id(), List.of()), viewer, today))
                .toList();
        return Response.ok(items).build();
    }
}
