package io.followthrough.confluence.store;

import io.followthrough.core.commitment.TermsChange;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an event's terms changes into one text column and reads them back exactly.
 *
 * <p>One change per line, {@code FIELD|old|new}. In values, the characters that would break this
 * layout or that PostgreSQL cannot store ({@code \}, {@code |}, line breaks, NUL) are written as
 * {@code \}{@code uXXXX}; nothing else is changed, so the column stays readable.
 */
final class TermsChangeColumn {

    private static final char ESCAPE = '\\';
    private static final char SEPARATOR = '|';
    private static final char LINE = '\n';
    private static final int HEX_DIGITS = 4;

    private TermsChangeColumn() {
    }

    /** The column value; null when nothing changed. */
    static String write(List<TermsChange> changes) {
        if (changes.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (TermsChange change : changes) {
            if (!text.isEmpty()) {
                text.append(LINE);
            }
            text.append(change.field().name()).append(SEPARATOR);
            escape(change.oldValue(), text);
            text.append(SEPARATOR);
            escape(change.newValue(), text);
        }
        return text.toString();
    }

    static List<TermsChange> read(String column) {
        if (column == null || column.isEmpty()) {
            return List.of();
        }
        List<TermsChange> changes = new ArrayList<>();
        for (String line : column.split(String.valueOf(LINE), -1)) {
            String[] parts = line.split("\\" + SEPARATOR, -1);
            if (parts.length != 3) {
                throw new IllegalStateException("Malformed terms change in the database: " + line);
            }
            changes.add(new TermsChange(TermsChange.Field.valueOf(parts[0]), unescape(parts[1]), unescape(parts[2])));
        }
        return List.copyOf(changes);
    }

    private static void escape(String value, StringBuilder text) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ESCAPE || c == SEPARATOR || c == LINE || c == '\r' || c == '\0') {
                text.append(ESCAPE).append('u').append(String.format("%04X", (int) c));
            } else {
                text.append(c);
            }
        }
    }

    private static String unescape(String value) {
        StringBuilder text = new StringBuilder(value.length());
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c != ESCAPE) {
                text.append(c);
                i++;
                continue;
            }
            int end = i + 2 + HEX_DIGITS;
            if (end > value.length() || value.charAt(i + 1) != 'u') {
                throw new IllegalStateException("Malformed escape in a terms change in the database: " + value);
            }
            text.append((char) Integer.parseInt(value.substring(i + 2, end), 16));
            i = end;
        }
        return text.toString();
    }
}
