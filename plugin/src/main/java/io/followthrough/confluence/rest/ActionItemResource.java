package io.followthrough.confluence.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.followthrough.confluence.macro.ActionItemRenderer;
import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.commitment.Commitments;
import io.followthrough.core.commitment.Move;
import io.followthrough.core.commitment.MoveOutcome;
import io.followthrough.core.commitment.MoveRequest;
import io.followthrough.core.commitment.Presence;
import io.followthrough.core.port.ActionItemStore;
import io.followthrough.core.port.CurrentUser;
import io.followthrough.core.port.Permissions;
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
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/** REST for one action item: read it, render it, make a move. Items on pages the caller cannot view do not exist. */
@Path("/items")
@Produces(MediaType.APPLICATION_JSON)
public final class ActionItemResource {
    private final ActionItemStore store;
    private final Commitments commitments;
    private final Permissions permissions;
    private final CurrentUser currentUser;
    private final ActionItemRenderer renderer;
    private final Clock clock;

    public ActionItemResource(ActionItemStore store, Commitments commitments, Permissions permissions,
                              CurrentUser currentUser, ActionItemRenderer renderer, Clock clock) {
        this.store = store;
        this.commitments = commitments;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.renderer = renderer;
        this.clock = clock;
    }

    /** 200 the item with its history; 404 no such item or its page is not viewable. */
    @GET
    @Path("/{id}")
    @AnonymousSiteAccess
    public Response item(@PathParam("id") long id) {
        return visible(id).map(item -> Response.ok(ItemJson.of(item, store.history(id), viewer(), today())).build())
                .orElseGet(RestErrors::noItem);
    }

    /** 200 {"html": …} the item's live part as the macro shows it to the caller; 404 as for {@link #item}. */
    @GET
    @Path("/{id}/view")
    @AnonymousSiteAccess
    public Response view(@PathParam("id") long id) {
        return visible(id).map(item -> Response.ok(Map.of("html", renderer.render(item, store.history(id), viewer()))).build())
                .orElseGet(RestErrors::noItem);
    }

    /**
     * Makes a move. 200 the item after the move; 400 malformed input ({@code field} names it);
     * 403 the move belongs to the other party; 404 no item or page not viewable; 409 the item
     * changed since {@code expectedVersion} (body carries the current item); 422 the move is not
     * possible in the item's state.
     */
    @POST
    @Path("/{id}/moves")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response move(@PathParam("id") long id, MoveJson body) {
        Optional<String> user = currentUser.key();
        if (visible(id).isEmpty() || user.isEmpty()) {
            return RestErrors.noItem();
        }
        if (body == null || body.move() == null || body.move().isBlank()) {
            return RestErrors.bad("a move is required", "move");
        }
        Optional<Move> move = Move.personMove(body.move().strip());
        if (move.isEmpty()) {
            return RestErrors.bad("unknown move '" + body.move() + "'", "move");
        }
        if (body.expectedVersion() == null) {
            return RestErrors.bad("expectedVersion is required: the version of the item you saw", "expectedVersion");
        }
        Optional<LocalDate> due;
        try {
            due = Optional.ofNullable(body.due()).filter(d -> !d.isBlank()).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            return RestErrors.bad("due must be a date as yyyy-MM-dd", "due");
        }
        MoveOutcome outcome = commitments.move(new MoveRequest(id, move.get(), user.get(), body.note(), due,
                body.expectedVersion()));
        if (outcome instanceof MoveOutcome.Applied applied) {
            return Response.ok(ItemJson.of(applied.item(), store.history(id), user.get(), today())).build();
        }
        MoveOutcome.Rejected rejected = (MoveOutcome.Rejected) outcome;
        ItemJson current = rejected.current().map(item -> ItemJson.of(item, null, user.get(), today())).orElse(null);
        return RestErrors.rejected(rejected, current);
    }

    private Optional<ActionItem> visible(long id) {
        return store.byId(id)
                .filter(item -> item.presence() != Presence.PAGE_TRASHED)
                .filter(item -> permissions.canViewPage(currentUser.key(), item.pageId()));
    }

    private String viewer() {
        return currentUser.key().orElse(null);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
