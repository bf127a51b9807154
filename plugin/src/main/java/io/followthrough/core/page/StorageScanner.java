package io.followthrough.core.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds structured macros in a Confluence storage-format body without building a DOM.
 *
 * <p>The body is an XHTML fragment with no namespace declarations, named HTML entities and CDATA
 * sections, so an XML parser would reject real pages. A single forward pass is enough to find
 * macro start tags, provided CDATA sections and comments are skipped: code macros often contain
 * storage format as literal text.
 */
public final class StorageScanner {
    private static final String CDATA_OPEN = "<![CDATA[";
    private static final String COMMENT_OPEN = "<!--";
    private static final String[] MACRO_TAGS = {"<ac:structured-macro", "<ac:macro"};

    /** Macros whose name passes the filter, in document order. Never throws; malformed tags are skipped. */
    public List<MacroOccurrence> scan(String storage, Predicate<String> nameFilter) {
        List<MacroOccurrence> found = new ArrayList<>();
        if (storage == null) {
            return found;
        }
        int position = 0;
        int i = storage.indexOf('<');
        while (i >= 0 && i < storage.length()) {
            if (storage.startsWith(CDATA_OPEN, i)) {
                i = skipPast(storage, i, "]]>");
            } else if (storage.startsWith(COMMENT_OPEN, i)) {
                i = skipPast(storage, i, "-->");
            } else {
                int tagEnd = macroTagEnd(storage, i);
                if (tagEnd > 0) {
                    String attributes = storage.substring(i, tagEnd);
                    Optional<String> name = attribute(attributes, "ac:name");
                    if (name.isPresent() && nameFilter.test(name.get())) {
                        found.add(new MacroOccurrence(name.get(), attribute(attributes, "ac:macro-id"), position));
                    }
                    position++;
                    i = tagEnd;
                } else {
                    i++;
                }
            }
            i = i < 0 ? -1 : storage.indexOf('<', i);
        }
        return found;
    }

    private static int skipPast(String s, int from, String terminator) {
        int end = s.indexOf(terminator, from);
        return end < 0 ? -1 : end + terminator.length();
    }

    /** End index (exclusive) of a macro start tag at {@code at}, or -1 if none starts there. */
    private static int macroTagEnd(String s, int at) {
        for (String tag : MACRO_TAGS) {
            int after = at + tag.length();
            if (s.startsWith(tag, at) && after < s.length() && isTagNameEnd(s.charAt(after))) {
                int close = s.indexOf('>', after);
                return close < 0 ? -1 : close + 1;
            }
        }
        return -1;
    }

    private static boolean isTagNameEnd(char c) {
        return Character.isWhitespace(c) || c == '>' || c == '/';
    }

    private static Optional<String> attribute(String tag, String name) {
        int from = 0;
        while (true) {
            int at = tag.indexOf(name, from);
            if (at < 0) {
                return Optional.empty();
            }
            int eq = at + name.length();
            while (eq < tag.length() && Character.isWhitespace(tag.charAt(eq))) {
                eq++;
            }
            boolean wholeName = Character.isWhitespace(tag.charAt(at - 1));
            if (wholeName && eq < tag.length() && tag.charAt(eq) == '=') {
                int q = eq + 1;
                while (q < tag.length() && Character.isWhitespace(tag.charAt(q))) {
                    q++;
                }
                if (q < tag.length() && (tag.charAt(q) == '"' || tag.charAt(q) == '\'')) {
                    int end = tag.indexOf(tag.charAt(q), q + 1);
                    if (end > q) {
                        return Optional.of(XmlText.decode(tag.substring(q + 1, end)));
                    }
                }
                return Optional.empty();
            }
            from = at + name.length();
        }
    }
}
