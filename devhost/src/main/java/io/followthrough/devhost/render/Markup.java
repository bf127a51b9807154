// Builds the host's own markup around macros: placeholders, their bodies and error boxes.
package io.followthrough.devhost.render;

import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

final class Markup {

    // Parents whose content is phrasing: a div inside them would break the paragraph apart.
    private static final Set<String> INLINE_PARENTS = Set.of("p", "span", "a", "strong", "b", "em", "i", "u",
            "s", "del", "ins", "sub", "sup", "small", "code", "h1", "h2", "h3", "h4", "h5", "h6",
            "ac:link-body", "ac:inline-comment-marker");

    private Markup() {
    }

    static boolean isInline(Element element) {
        Element parent = element.parent();
        return parent != null && INLINE_PARENTS.contains(parent.normalName());
    }

    static Element placeholder(String macroName, boolean inline) {
        return box(inline, "devhost-macro-placeholder").attr("data-macro-name", macroName).text(macroName);
    }

    /** The rendered rich body of a macro that is not the plugin's, so content inside it stays visible. */
    static Element macroBody(String macroName, boolean inline, Node renderedBody) {
        return box(inline, "devhost-macro-body").attr("data-macro-name", macroName).appendChild(renderedBody);
    }

    /** An AUI error message, as Confluence shows for a macro that fails. */
    static Element errorBox(String message, boolean inline) {
        return box(inline, "aui-message").addClass("aui-message-error").text(message);
    }

    private static Element box(boolean inline, String className) {
        return new Element(inline ? "span" : "div").addClass(className);
    }
}
