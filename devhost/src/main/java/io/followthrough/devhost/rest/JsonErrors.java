package io.followthrough.devhost.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamWriteException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every REST error reaches the client as JSON {@code {"error": "..."}}, never as an HTML error page. */
final class JsonErrors {
    private static final Logger LOG = LoggerFactory.getLogger(JsonErrors.class);

    private JsonErrors() {
    }

    static Response response(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("error", message)).build();
    }

    /** A request body that is not JSON, or not JSON of the expected shape, is the client's mistake: 400. */
    static final class MalformedJson implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException e) {
            // Writing failures and unusable types are the resource's fault, not the request's.
            if (e instanceof StreamWriteException || e instanceof InvalidDefinitionException) {
                LOG.error("JSON mapping failed in a REST resource", e);
                return response(500, "Internal error while mapping JSON");
            }
            return response(400, "Malformed JSON: " + e.getOriginalMessage());
        }
    }

    /** JAX-RS errors (404, 405, 415 …) keep their status; a resource's own error entity is kept as is. */
    static final class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            return original.hasEntity() ? original
                    : response(original.getStatus(), original.getStatusInfo().getReasonPhrase());
        }
    }

    /** Anything else a resource throws, errors included, is logged with its cause and answered with 500. */
    static final class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            LOG.error("REST resource failed", e);
            return response(500, "Internal server error");
        }
    }
}
