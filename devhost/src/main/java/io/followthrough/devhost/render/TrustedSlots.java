// Holds trusted HTML (plugin macro output) out of the page while the page is sanitized, then puts it back.
package io.followthrough.devhost.render;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.TextNode;

final class TrustedSlots {

    // Random per render: page content cannot guess it, so it cannot fake a slot. Only letters,
    // digits and dashes, so the sanitizer passes it through unchanged as text.
    private final String prefix = "devhost-slot-" + UUID.randomUUID().toString().replace("-", "") + "-";
    private final List<String> contents = new ArrayList<>();

    /** A text node that stands for the given HTML until {@link #fill} replaces it. */
    TextNode hold(String trustedHtml) {
        contents.add(trustedHtml);
        return new TextNode(prefix + (contents.size() - 1) + "-");
    }

    String fill(String sanitizedHtml) {
        StringBuilder out = new StringBuilder(sanitizedHtml.length());
        int from = 0;
        int at;
        while ((at = sanitizedHtml.indexOf(prefix, from)) >= 0) {
            int digits = at + prefix.length();
            int end = digits;
            while (end < sanitizedHtml.length() && Character.isDigit(sanitizedHtml.charAt(end))) {
                end++;
            }
            out.append(sanitizedHtml, from, at);
            if (end > digits && end < sanitizedHtml.length() && sanitizedHtml.charAt(end) == '-') {
                out.append(contents.get(Integer.parseInt(sanitizedHtml, digits, end, 10)));
                from = end + 1;
            } else {
                out.append(prefix);
                from = digits;
            }
        }
        return out.append(sanitizedHtml, from, sanitizedHtml.length()).toString();
    }
}
