// Parses storage format tolerantly into a tree of HTML elements, with active content removed.
package io.followthrough.devhost.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.jsoup.select.NodeTraversor;

final class StorageParser {

    // Their content is code or foreign documents, never page text. The sanitizer drops the elements.
    private static final Set<String> EMPTIED = Set.of("script", "style", "iframe", "frame", "frameset",
            "object", "embed", "applet", "noscript", "noembed", "noframes", "template", "head", "title", "meta",
            "link", "base");

    /**
     * Content nested deeper becomes plain text. No real page comes close, and tree operations
     * (retagging, sanitizing) look up ancestors, so extreme depth would make rendering crawl.
     */
    static final int MAX_DEPTH = 256;

    private StorageParser() {
    }

    /**
     * Storage format is XHTML without a root or namespace declarations, so the XML parser keeps its
     * structure (HTML tree rules would move a paragraph out of a macro body inside a paragraph) and
     * still decodes HTML entities, CDATA and self-closing elements.
     */
    static Document parse(String storageFormat) {
        Document page = Jsoup.parse(storageFormat, "", Parser.xmlParser());
        for (Element element : page.getAllElements()) {
            if (EMPTIED.contains(element.normalName())) {
                element.empty();
            } else if (element.parent() != null && element.childNodeSize() > 0 && isVoid(element)) {
                // An unclosed <br> swallows what follows it in XML; give that back to its parent.
                // (No parent: the page itself, or inside content just emptied.)
                element.parent().insertChildren(element.siblingIndex() + 1, new ArrayList<>(element.childNodes()));
            }
        }
        flattenDeepContent(page);
        for (Element element : page.getAllElements()) {
            if (element != page) {
                // HTML tags, so that output follows HTML rules (void elements, no "<p />").
                element.tagName(element.normalName(), Parser.NamespaceHtml);
            }
        }
        return page;
    }

    private static boolean isVoid(Element element) {
        return Tag.valueOf(element.normalName(), Parser.NamespaceHtml, ParseSettings.htmlDefault).isEmpty();
    }

    private static void flattenDeepContent(Document page) {
        List<Element> deepest = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (depth == MAX_DEPTH && node instanceof Element element && element.childrenSize() > 0) {
                deepest.add(element);
            }
        }, page);
        deepest.forEach(element -> element.text(element.wholeText()));
    }
}
