package io.followthrough.core.page;

/** Decodes the character references in storage-format text and attribute values. */
final class XmlText {
    /** Longer than any reference ({@code &thetasym;}, {@code &#x10FFFF;}), so a stray ampersand costs little. */
    private static final int MAX_REFERENCE = 12;

    private XmlText() {
    }

    static String decode(String raw) {
        if (raw.indexOf('&') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        append(raw, 0, raw.length(), out);
        return out.toString();
    }

    /** Appends {@code source[from, to)} to {@code out} with references decoded; unknown ones stay as written. */
    static void append(String source, int from, int to, StringBuilder out) {
        int i = from;
        while (i < to) {
            int amp = source.indexOf('&', i);
            if (amp < 0 || amp >= to) {
                out.append(source, i, to);
                return;
            }
            out.append(source, i, amp);
            int semi = semicolon(source, amp + 1, Math.min(to, amp + MAX_REFERENCE));
            int decoded = semi < 0 ? -1 : reference(source, amp + 1, semi);
            if (decoded < 0) {
                out.append('&');
                i = amp + 1;
            } else {
                out.appendCodePoint(decoded);
                i = semi + 1;
            }
        }
    }

    private static int semicolon(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == ';') {
                return i;
            }
            if (c == '&' || c == '<' || Character.isWhitespace(c)) {
                return -1;
            }
        }
        return -1;
    }

    /** The code point {@code s[from, to)} names, or -1. */
    private static int reference(String s, int from, int to) {
        if (from < to && s.charAt(from) == '#') {
            boolean hex = from + 1 < to && (s.charAt(from + 1) == 'x' || s.charAt(from + 1) == 'X');
            return number(s, hex ? from + 2 : from + 1, to, hex ? 16 : 10);
        }
        Character named = HtmlEntities.character(s.substring(from, to));
        return named == null ? -1 : named;
    }

    private static int number(String s, int from, int to, int radix) {
        if (from >= to) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = Character.digit(s.charAt(i), radix);
            if (digit < 0) {
                return -1;
            }
            value = value * radix + digit;
            if (value > Character.MAX_CODE_POINT) {
                return -1;
            }
        }
        return value == 0 ? -1 : value;
    }
}
