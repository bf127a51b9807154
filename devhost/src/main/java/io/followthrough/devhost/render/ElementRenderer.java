// Renders Confluence's storage elements other than macros (links, images, tasks, layouts...) as HTML.
package io.followthrough.devhost.render;

import java.util.Locale;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

final class ElementRenderer {

    private final ResourceLabels labels;

    ElementRenderer(ResourceLabels labels) {
        this.labels = labels;
    }

    /** Replaces the element in its tree; elements inside its content must have been rendered already. */
    void render(Element element) {
        switch (element.normalName()) {
            case "ac:link" -> element.replaceWith(link(element));
            case "ac:image" -> element.replaceWith(image(element));
            case "ac:emoticon" -> element.replaceWith(span("devhost-emoticon").text(element.attr("ac:name")));
            case "ac:task-list" -> StorageDom.restyle(element, "ul", "devhost-task-list");
            case "ac:task" -> element.replaceWith(task(element));
            case "ac:layout" -> StorageDom.restyle(element, "div", "devhost-layout");
            case "ac:layout-section" -> layoutSection(element);
            case "ac:layout-cell" -> StorageDom.restyle(element, "div", "devhost-layout-cell");
            case "ac:inline-comment-marker" -> StorageDom.restyle(element, "span", "devhost-inline-comment");
            // An empty node rather than removal: removing reindexes all later siblings.
            case "ac:placeholder" -> element.replaceWith(new TextNode(""));
            case "time" -> time(element);
            default -> element.replaceWith(new TextNode(element.text()));
        }
    }

    private Element link(Element link) {
        Element target = StorageDom.firstResource(link);
        if (target != null && target.normalName().equals("ri:user")) {
            return span("devhost-user-mention").text(labels.displayName(target));
        }
        Element out = span("devhost-link");
        if (target != null && target.normalName().equals("ri:url") && isWebUrl(target.attr("ri:value"))) {
            out = new Element("a").addClass("devhost-link").attr("href", target.attr("ri:value"));
        }
        Element body = StorageDom.firstChild(link, "ac:link-body");
        if (body != null && body.childNodeSize() > 0) {
            StorageDom.moveChildren(body, out);
        } else {
            out.text(linkText(link, target));
        }
        return out;
    }

    private String linkText(Element link, Element target) {
        Element plainBody = StorageDom.firstChild(link, "ac:plain-text-link-body");
        String text = plainBody == null ? "" : StorageDom.plainText(plainBody).strip();
        if (text.isEmpty() && target != null) {
            text = labels.label(target);
        }
        return text.isEmpty() ? link.attr("ac:anchor") : text;
    }

    /** Only web images are shown: attachments live in a Confluence the host does not have. */
    private Element image(Element image) {
        Element url = StorageDom.firstChild(image, "ri:url");
        if (url != null && isWebUrl(url.attr("ri:value"))) {
            Element img = new Element("img").addClass("devhost-image").attr("src", url.attr("ri:value"));
            return image.attr("ac:alt").isBlank() ? img : img.attr("alt", image.attr("ac:alt"));
        }
        Element target = StorageDom.firstResource(image);
        String name = target == null ? "" : labels.label(target);
        return span("devhost-image-placeholder").text(name.isBlank() ? "image" : "image: " + name);
    }

    private Element task(Element task) {
        Element status = StorageDom.firstChild(task, "ac:task-status");
        boolean complete = status != null && status.text().equals("complete");
        Element checkbox = new Element("input").attr("type", "checkbox").attr("disabled", true);
        Element item = new Element("li").addClass("devhost-task").appendChild(checkbox);
        if (complete) {
            checkbox.attr("checked", true);
            item.addClass("devhost-task-complete");
        }
        for (Element body : StorageDom.children(task, "ac:task-body")) {
            StorageDom.moveChildren(body, item);
        }
        return item;
    }

    private static void layoutSection(Element section) {
        String type = section.attr("ac:type");
        StorageDom.restyle(section, "div", "devhost-layout-section");
        if (type.matches("[A-Za-z0-9_-]+")) {
            section.addClass("devhost-layout-" + type);
        }
    }

    private static void time(Element time) {
        String date = time.attr("datetime").strip();
        if (!date.isEmpty()) {
            time.clearAttributes().attr("datetime", date).text(date);
        }
    }

    private static boolean isWebUrl(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static Element span(String className) {
        return new Element("span").addClass(className);
    }
}
