// Builds the host's own markup around macros: placeholders with their bodies, and error boxes.
package io.followthrough.devhost.render;

import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

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

    /**
     * Placeholder for a macro that is not the plugin's, followed by its rendered rich body so that
     * content inside it (a plugin macro in an expand or panel, say) stays visible. Built as a string
     * so it can replace the macro as a single node: with many macros side by side, inserting two
     * nodes each time would make rendering quadratic.
     */
    static String placeholderHtml(String macroName, boolean inline, String bodyHtml) {
        String tag = inline ? "span" : "div";
        String name = Entities.escape(macroName);
        String placeholder = "<%s class=\"devhost-macro-placeholder\" data-macro-name=\"%s\">%s</%1$s>"
                .formatted(tag, name, name);
        return bodyHtml.isBlank() ? placeholder : placeholder
                + "<%s class=\"devhost-macro-body\" data-macro-name=\"%s\">%s</%1$s>".formatted(tag, name, bodyHtml);
    }

    /** An AUI error message, as Confluence shows for a macro that fails. */
    static Element errorBox(String message, boolean inline) {
        return new Element(inline ? "span" : "div").addClass("aui-message").addClass("aui-message-error").text(message);
    }
}
