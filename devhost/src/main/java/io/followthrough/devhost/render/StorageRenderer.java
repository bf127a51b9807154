// Renders a page's storage format as safe HTML for the page view, with the plugin's macros rendered by the plugin.
package io.followthrough.devhost.render;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

public final class StorageRenderer {

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final MacroRenderer macros;
    private final ElementRenderer elements;

    public StorageRenderer(MacroInvoker invoker, UserNames users) {
        ResourceLabels labels = new ResourceLabels(users);
        this.macros = new MacroRenderer(invoker, labels, sanitizer);
        this.elements = new ElementRenderer(labels);
    }

    /**
     * Renders best effort whatever the input: malformed markup is repaired or dropped, never
     * reported. Page content is sanitized; HTML from the plugin's macros is inserted as is.
     */
    public String toHtml(String storageFormat) {
        Document page = StorageParser.parse(storageFormat == null ? "" : storageFormat);
        TrustedSlots slots = new TrustedSlots();
        for (Element element : RenderOrder.of(page)) {
            if (MacroRenderer.isMacro(element)) {
                macros.render(element, slots);
            } else {
                elements.render(element);
            }
        }
        return slots.fill(sanitizer.toSafeHtml(page.childNodes()));
    }
}
