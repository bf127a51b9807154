package io.followthrough.devhost.fixtureplugin.rest;

import com.atlassian.annotations.security.XsrfProtectionExcluded;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** Fixture plugin resource: state-changing requests with JSON, form and plain-text bodies. */
@Path("echo")
@Produces(MediaType.APPLICATION_JSON)
public class EchoResource {
    /** A JSON request body. */
    public record Note(String text, int count) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Note json(Note note) {
        return new Note(note.text() + "!", note.count() + 1);
    }

    @POST
    @Path("form")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Map<String, String> form(@FormParam("text") String text) {
        return Map.of("text", text);
    }

    @POST
    @Path("any")
    @Consumes(MediaType.WILDCARD)
    public Map<String, String> any(String body) {
        return Map.of("body", body);
    }

    @POST
    @Path("text")
    @Consumes(MediaType.TEXT_PLAIN)
    @XsrfProtectionExcluded
    public Map<String, String> text(String text) {
        return Map.of("text", text);
    }
}
