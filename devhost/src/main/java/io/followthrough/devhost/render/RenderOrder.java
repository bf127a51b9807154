// Lists a page's Confluence elements so that each comes after everything rendered inside it.
package io.followthrough.devhost.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;

final class RenderOrder {

    /** Deeper macros are not rendered: each level renders its body again, so depth costs time. */
    static final int MAX_MACRO_NESTING = 32;

    // Rendered by the element that holds them.
    private static final Set<String> PARTS = Set.of("ac:rich-text-body", "ac:link-body", "ac:task-body");
    // Their children are data (parameters, resource identifiers), not content.
    private static final Set<String> OPAQUE = Set.of("ac:image", "ac:emoticon", "ac:placeholder", "time");

    private RenderOrder() {
    }

    /**
     * Walks the tree without recursion, as malformed input can nest thousands of levels deep.
     * Siblings stay in page order, so macros are rendered in the order they appear.
     */
    static List<Element> of(Element root) {
        List<Element> order = new ArrayList<>();
        Deque<Visit> stack = new ArrayDeque<>();
        stack.push(new Visit(root, 0));
        while (!stack.isEmpty()) {
            Visit visit = stack.peek();
            if (visit.expanded) {
                stack.pop();
                if (needsRendering(visit.element)) {
                    order.add(visit.element);
                }
                continue;
            }
            visit.expanded = true;
            int depth = visit.macroDepth + (MacroRenderer.isMacro(visit.element) ? 1 : 0);
            List<Element> children = contentOf(visit.element);
            for (int i = children.size() - 1; i >= 0; i--) {
                Element child = children.get(i);
                if (depth >= MAX_MACRO_NESTING && MacroRenderer.isMacro(child)) {
                    child.replaceWith(tooDeep(child));
                } else {
                    stack.push(new Visit(child, depth));
                }
            }
        }
        return order;
    }

    private static boolean needsRendering(Element element) {
        String name = element.normalName();
        return (name.startsWith("ac:") || name.startsWith("ri:") || name.equals("time")) && !PARTS.contains(name);
    }

    private static List<Element> contentOf(Element element) {
        String name = element.normalName();
        if (MacroRenderer.isMacro(element)) {
            return StorageDom.children(element, "ac:rich-text-body");
        }
        return switch (name) {
            case "ac:link" -> StorageDom.children(element, "ac:link-body");
            case "ac:task" -> StorageDom.children(element, "ac:task-body");
            default -> OPAQUE.contains(name) ? List.of() : element.children();
        };
    }

    private static Element tooDeep(Element macro) {
        return Markup.errorBox("Macro '" + macro.attr("ac:name") + "' is nested more than " + MAX_MACRO_NESTING
                + " macros deep and was not rendered.", Markup.isInline(macro));
    }

    private static final class Visit {
        private final Element element;
        private final int macroDepth;
        private boolean expanded;

        private Visit(Element element, int macroDepth) {
            this.element = element;
            this.macroDepth = macroDepth;
        }
    }
}
