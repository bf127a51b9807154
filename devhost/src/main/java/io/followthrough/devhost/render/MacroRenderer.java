// Renders one macro element: the plugin's output when the macro is the plugin's, else a placeholder.
package io.followthrough.devhost.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

final class MacroRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(MacroRenderer.class);

    private final MacroInvoker invoker;
    private final ResourceLabels labels;
    private final HtmlSanitizer sanitizer;

    MacroRenderer(MacroInvoker invoker, ResourceLabels labels, HtmlSanitizer sanitizer) {
        this.invoker = invoker;
        this.labels = labels;
        this.sanitizer = sanitizer;
    }

    /** {@code ac:macro} is the form pages saved before Confluence 4 still use. */
    static boolean isMacro(Element element) {
        String name = element.normalName();
        return name.equals("ac:structured-macro") || name.equals("ac:macro");
    }

    /** Replaces the macro in its tree; macros inside its body must have been rendered already. */
    void render(Element macro, TrustedSlots slots) {
        MacroCall call = callFor(macro, slots);
        boolean inline = Markup.isInline(macro);
        macro.replaceWith(output(call, inline, slots));
    }

    private MacroCall callFor(Element macro, TrustedSlots slots) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Element parameter : StorageDom.children(macro, "ac:parameter")) {
            parameters.put(parameter.attr("ac:name"), labels.parameterValue(parameter));
        }
        Element richBody = StorageDom.firstChild(macro, "ac:rich-text-body");
        Element plainBody = StorageDom.firstChild(macro, "ac:plain-text-body");
        return new MacroCall(macro.attr("ac:name"),
                macro.hasAttr("ac:macro-id") ? macro.attr("ac:macro-id") : null,
                parameters,
                richBody == null ? "" : slots.fill(sanitizer.toSafeHtml(richBody.childNodes())),
                plainBody == null ? "" : StorageDom.plainText(plainBody));
    }

    private Node output(MacroCall call, boolean inline, TrustedSlots slots) {
        try {
            Optional<String> html = invoker.render(call);
            if (html != null && html.isPresent()) {
                return slots.hold(html.get());
            }
        } catch (RuntimeException | LinkageError e) {
            // A broken macro must not take the page down: Confluence shows an error box in its place.
            LOG.warn("Macro '{}' (macro id {}) failed to render", call.name(), call.macroId(), e);
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return Markup.errorBox("Error rendering macro '" + call.name() + "': " + reason, inline);
        }
        return slots.hold(Markup.placeholderHtml(call.name(), inline, call.richBodyHtml()));
    }
}
