// Small tree helpers shared by the storage-format renderers.
package io.followthrough.devhost.render;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

final class StorageDom {

    private StorageDom() {
    }

    static Element firstChild(Element parent, String name) {
        for (Element child : parent.children()) {
            if (child.normalName().equals(name)) {
                return child;
            }
        }
        return null;
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Element child : parent.children()) {
            if (child.normalName().equals(name)) {
                found.add(child);
            }
        }
        return found;
    }

    /** The first {@code ri:} child: what a link or image points at. */
    static Element firstResource(Element parent) {
        for (Element child : parent.children()) {
            if (child.normalName().startsWith("ri:")) {
                return child;
            }
        }
        return null;
    }

    /** Text of a plain-text body: its CDATA sections when it has any, so indentation around them is not part of it. */
    static String plainText(Element body) {
        StringBuilder cdata = new StringBuilder();
        boolean found = false;
        for (Node child : body.childNodes()) {
            if (child instanceof CDataNode text) {
                cdata.append(text.getWholeText());
                found = true;
            }
        }
        return found ? cdata.toString() : body.wholeText();
    }

    static void moveChildren(Element from, Element to) {
        to.appendChildren(new ArrayList<>(from.childNodes()));
    }

    /** Turns a Confluence element into a plain HTML one, dropping its Confluence attributes. */
    static void restyle(Element element, String tag, String className) {
        element.tagName(tag, Parser.NamespaceHtml);
        element.clearAttributes();
        element.addClass(className);
    }
}
