// Parses storage format tolerantly into a tree of HTML elements, with active content removed.
package io.followthrough.devhost.render;

import java.util.ArrayList;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

final class StorageParser {

    // Their content is code or foreign documents, never page text, so it goes with them.
    private static final Set<String> REMOVED = Set.of("script", "style", "iframe", "frame", "frameset",
            "object", "embed", "applet", "noscript", "noembed", "noframes", "template", "head", "title", "meta",
            "link", "base");

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
            if (element == page) {
                continue;
            }
            // HTML tags, so that output follows HTML rules (void elements, no "<p />").
            element.tagName(element.normalName(), Parser.NamespaceHtml);
            if (REMOVED.contains(element.normalName())) {
                element.remove();
            } else if (element.tag().isEmpty() && element.childNodeSize() > 0) {
                // An unclosed <br> swallows what follows it in XML; give that back to its parent.
                element.parent().insertChildren(element.siblingIndex() + 1, new ArrayList<>(element.childNodes()));
            }
        }
        return page;
    }
}
