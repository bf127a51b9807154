package io.followthrough.core.page;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Turns the text of a macro body into the normalised form its terms are compared by, and hashes it. */
final class BodyText {
    private BodyText() {
    }

    /** Runs of white space (including no-break spaces) become one space, invisible spaces go, ends are trimmed. */
    static String normalise(CharSequence text, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        boolean pendingSpace = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else if (!isInvisible(c)) {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Trims white space, including no-break spaces, which {@link String#strip()} keeps. */
    static String trim(CharSequence text) {
        int from = 0;
        int to = text.length();
        while (from < to && isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(text.charAt(to - 1))) {
            to--;
        }
        return text.subSequence(from, to).toString();
    }

    /** SHA-256 of the UTF-8 text, in lower-case hex. */
    static String hash(String normalised) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Zero-width spaces and byte-order marks the editor leaves behind; they change no visible text. */
    private static boolean isInvisible(char c) {
        return c == '\u200b' || c == '\ufeff';
    }
}
