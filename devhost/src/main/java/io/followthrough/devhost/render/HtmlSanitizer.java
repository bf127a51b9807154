// Reduces page content to safe, structural HTML: no scripts, event handlers or script URLs.
package io.followthrough.devhost.render;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

final class HtmlSanitizer {

    // Relative links are resolved against this only to check their scheme; they are kept as written.
    private static final String CHECK_BASE = "http://devhost.invalid/";

    private final Cleaner cleaner = new Cleaner(Safelist.relaxed()
            .removeProtocols("a", "href", "ftp")
            .preserveRelativeLinks(true)
            .addTags("hr", "s", "del", "ins", "time", "input")
            .addAttributes(":all", "class")
            .addAttributes("div", "data-macro-name")
            .addAttributes("span", "data-macro-name")
            .addAttributes("time", "datetime")
            .addAttributes("input", "checked")
            // Inputs exist for task checkboxes only.
            .addEnforcedAttribute("input", "type", "checkbox")
            .addEnforcedAttribute("input", "disabled", "disabled"));

    /** Moves the nodes out of their tree and returns them as safe HTML. */
    String toSafeHtml(List<Node> nodes) {
        Document dirty = Document.createShell(CHECK_BASE);
        dirty.body().appendChildren(new ArrayList<>(nodes));
        Document clean = cleaner.clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }
}
