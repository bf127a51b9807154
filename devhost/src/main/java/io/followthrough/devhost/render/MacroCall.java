// One macro found on a page, as the host hands it to the plugin's macro to render.
package io.followthrough.devhost.render;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * @param name         the macro name ({@code ac:name})
 * @param macroId      {@code ac:macro-id}, or null when the page has none
 * @param parameters   parameter values in page order; users are given as usernames
 * @param richBodyHtml the rich-text body already rendered to safe HTML, "" if none
 * @param plainBody    the plain-text body as written (CDATA content), "" if none
 */
public record MacroCall(String name, String macroId, Map<String, String> parameters,
                        String richBodyHtml, String plainBody) {

    public MacroCall {
        Objects.requireNonNull(name, "name");
        // A copy keeps page order and stops the plugin from changing what later macros see.
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        richBodyHtml = Objects.requireNonNullElse(richBodyHtml, "");
        plainBody = Objects.requireNonNullElse(plainBody, "");
    }
}
