package io.followthrough.confluence.rest;

import io.followthrough.core.commitment.MoveOutcome;
import io.followthrough.core.outcome.StatusChange;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The JSON error responses every resource uses, with one status per kind of failure. */
final class RestErrors {
    private RestErrors() {
    }

    static Response noItem() {
        return error(404, "no such action item, or you cannot view its page", "", null);
    }

    static Response error404Page() {
        return error(404, "no such page, or you cannot view it", "", null);
    }

    static Response bad(String message, String field) {
        return error(400, message, field, null);
    }

    static Response forbidden(String message) {
        return error(403, message, "", null);
    }

    static Response loginNeeded() {
        return error(401, "log in to see your commitments", "", null);
    }

    static Response rejected(MoveOutcome.Rejected rejected, ItemJson current) {
        int status = switch (rejected.reason()) {
            case NO_ITEM -> 404;
            case STALE -> 409;
            case NOT_ALLOWED -> 422;
            case NOT_YOUR_MOVE -> 403;
            case INVALID -> 400;
        };
        return error(status, rejected.detail(), rejected.field(), current);
    }

    static Response noOutcome() {
        return error(404, "no such outcome, or you cannot view its page", "", null);
    }

    static Response noPurpose() {
        return error(404, "this page has no purpose", "", null);
    }

    static Response rejected(StatusChange.Rejected rejected, OutcomeJson current) {
        int status = switch (rejected.reason()) {
            case NO_OUTCOME -> 404;
            case STALE -> 409;
            case NOT_ALLOWED -> 422;
            case NOT_YOURS -> 403;
            case INVALID -> 400;
        };
        return error(status, rejected.detail(), rejected.field(), current);
    }

    private static Response error(int status, String message, String field, Object current) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ErrorJson(message, field, current)).build();
    }
}
