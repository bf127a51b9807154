package io.followthrough.core.page;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One of our macros as a page body states it.
 *
 * @param macroId    the {@code ac:macro-id}, or the fallback id {@link StorageScanner} documents
 * @param fallbackId whether {@code macroId} is a fallback id
 * @param position   index among all macros on the page, ours or not, in document order
 * @param parameters in the order the body lists them
 * @param bodyText   the plain text of the body, normalised; nested macros' bodies count, their parameters do not
 * @param bodyHash   SHA-256 of {@code bodyText} in hex: equal text, equal hash, whatever the markup
 */
public record FoundMacro(String name, String macroId, boolean fallbackId, int position, Map<String, String> parameters,
                         String bodyText, String bodyHash) {
    public FoundMacro {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
