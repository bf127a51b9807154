package io.followthrough.core.page;

/**
 * Splits a storage-format body into start tags, end tags, text and CDATA in one forward pass.
 *
 * <p>Storage format is an XHTML fragment without namespace declarations or a single root, with HTML
 * entities, and sometimes damaged, so this reads it leniently instead of as XML: comments,
 * processing instructions and declarations are skipped; a {@code <} that starts no tag is text; an
 * unclosed CDATA section runs to the end; a tag cut off by the end of input is dropped. Every step
 * moves forward, so the pass stays linear on any input.
 */
final class StorageTokenizer {
    enum Token { START, END, TEXT, CDATA, DONE }

    private static final String CDATA_OPEN = "<![CDATA[";
    private static final String CDATA_CLOSE = "]]>";
    private static final String COMMENT_OPEN = "<!--";
    private static final String COMMENT_CLOSE = "-->";

    private final String s;
    private int next;
    private int from;
    private int to;
    private int attributesFrom;
    private String name;
    private boolean selfClosing;
    /** Where the last search for each quote found none: no later search can find one either. */
    private int noDoubleQuoteFrom = Integer.MAX_VALUE;
    private int noSingleQuoteFrom = Integer.MAX_VALUE;

    StorageTokenizer(String storage) {
        this.s = storage;
    }

    Token next() {
        while (next < s.length()) {
            if (s.charAt(next) != '<') {
                return text(next);
            }
            if (s.startsWith(CDATA_OPEN, next)) {
                return cdata();
            }
            if (s.startsWith(COMMENT_OPEN, next)) {
                next = past(COMMENT_CLOSE, next + COMMENT_OPEN.length());
            } else if (s.startsWith("<?", next) || s.startsWith("<!", next)) {
                next = past(">", next + 2);
            } else {
                boolean end = next + 1 < s.length() && s.charAt(next + 1) == '/';
                int nameFrom = next + (end ? 2 : 1);
                if (nameFrom >= s.length() || !isNameStart(s.charAt(nameFrom))) {
                    return text(next + 1);
                }
                return tag(end, nameFrom);
            }
        }
        return Token.DONE;
    }

    /** The tag name of the current START or END token. */
    String name() {
        return name;
    }

    boolean selfClosing() {
        return selfClosing;
    }

    /** Appends the current TEXT (entities decoded) or CDATA (as written) token to {@code out}. */
    void appendText(StringBuilder out, boolean cdata) {
        if (cdata) {
            out.append(s, from, to);
        } else {
            XmlText.append(s, from, to, out);
        }
    }

    /** The decoded value of an attribute of the current START token, or null when absent or unreadable. */
    String attribute(String wanted) {
        int i = attributesFrom;
        while (i < to) {
            while (i < to && !isNameStart(s.charAt(i))) {
                i++;
            }
            int nameFrom = i;
            while (i < to && isNamePart(s.charAt(i))) {
                i++;
            }
            boolean match = i - nameFrom == wanted.length() && s.startsWith(wanted, nameFrom);
            i = skipSpace(i);
            if (i >= to || s.charAt(i) != '=') {
                continue;
            }
            i = skipSpace(i + 1);
            if (i >= to || (s.charAt(i) != '"' && s.charAt(i) != '\'')) {
                continue;
            }
            int close = quoteEnd(s.charAt(i), i + 1);
            if (close < 0) {
                return null;
            }
            if (match) {
                return XmlText.decode(s.substring(i + 1, close));
            }
            i = close + 1;
        }
        return null;
    }

    /** Closing quote within the current tag; a bounded search keeps damaged tags cheap. */
    private int quoteEnd(char quote, int searchFrom) {
        for (int i = searchFrom; i < to; i++) {
            if (s.charAt(i) == quote) {
                return i;
            }
        }
        return -1;
    }

    private Token text(int searchFrom) {
        from = next;
        int lt = s.indexOf('<', searchFrom);
        to = lt < 0 ? s.length() : lt;
        next = to;
        return Token.TEXT;
    }

    private Token cdata() {
        from = next + CDATA_OPEN.length();
        int close = s.indexOf(CDATA_CLOSE, from);
        to = close < 0 ? s.length() : close;
        next = close < 0 ? s.length() : close + CDATA_CLOSE.length();
        return Token.CDATA;
    }

    private Token tag(boolean end, int nameFrom) {
        int nameTo = nameFrom;
        while (nameTo < s.length() && isNamePart(s.charAt(nameTo))) {
            nameTo++;
        }
        int close = tagClose(nameTo);
        if (close < 0) {
            next = s.length();
            return Token.DONE;
        }
        name = s.substring(nameFrom, nameTo);
        selfClosing = s.charAt(close - 1) == '/';
        attributesFrom = nameTo;
        from = next;
        to = close;
        next = close + 1;
        return end ? Token.END : Token.START;
    }

    /** Index of the {@code >} ending a tag whose attributes start at {@code i}; quoted values may hold one. */
    private int tagClose(int i) {
        int at = i;
        while (at < s.length()) {
            char c = s.charAt(at);
            if (c == '>') {
                return at;
            }
            if (c == '"' || c == '\'') {
                int quoteClose = closingQuote(c, at + 1);
                if (quoteClose < 0) {
                    return s.indexOf('>', i);
                }
                at = quoteClose;
            }
            at++;
        }
        return -1;
    }

    private int closingQuote(char quote, int searchFrom) {
        boolean isDouble = quote == '"';
        if (searchFrom >= (isDouble ? noDoubleQuoteFrom : noSingleQuoteFrom)) {
            return -1;
        }
        int found = s.indexOf(quote, searchFrom);
        if (found < 0 && isDouble) {
            noDoubleQuoteFrom = searchFrom;
        } else if (found < 0) {
            noSingleQuoteFrom = searchFrom;
        }
        return found;
    }

    private int past(String terminator, int searchFrom) {
        int at = s.indexOf(terminator, searchFrom);
        return at < 0 ? s.length() : at + terminator.length();
    }

    private int skipSpace(int i) {
        int at = i;
        while (at < to && Character.isWhitespace(s.charAt(at))) {
            at++;
        }
        return at;
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_' || c == ':';
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || Character.isDigit(c) || c == '-' || c == '.';
    }
}
