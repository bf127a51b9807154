// HTML-escapes every reference a template inserts unless its name marks trusted HTML, as Confluence does.
package io.followthrough.devhost.velocity;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.runtime.Renderable;

import java.util.Locale;

/**
 * Confluence leaves references alone whose last name ends in "html" (any case): {@code $bodyHtml},
 * {@code $view.statementHtml}, {@code $view.getStatementHtml()}. Everything else is converted with
 * toString and escaped. Velocity creates this class by name; it keeps no state.
 */
public final class HtmlEscapingInsertionHandler implements ReferenceInsertionEventHandler {

    @Override
    public Object referenceInsert(String reference, Object value) {
        // A #define block renders itself, and its own references are escaped as it does.
        if (value == null || value instanceof Renderable || isTrustedHtml(reference)) {
            return value;
        }
        return escape(value.toString());
    }

    static boolean isTrustedHtml(String reference) {
        return lastName(reference).toLowerCase(Locale.ROOT).endsWith("html");
    }

    /** The last identifier of a reference: {@code $!{a.b(1).cHtml("x")}} gives {@code cHtml}. */
    private static String lastName(String reference) {
        int end = reference.length();
        while (end > 0 && reference.charAt(end - 1) == '}') {
            end--;
        }
        if (end > 0 && reference.charAt(end - 1) == ')') {
            end = openingParenthesis(reference, end - 1);
        }
        int start = end;
        while (start > 0 && isNamePart(reference.charAt(start - 1))) {
            start--;
        }
        return reference.substring(start, end);
    }

    // Index of the '(' matching the ')' at close, skipping string literals; 0 if unbalanced, which
    // yields no name and so escapes.
    private static int openingParenthesis(String reference, int close) {
        int depth = 0;
        for (int i = close; i >= 0; i--) {
            char c = reference.charAt(i);
            if (c == '"' || c == '\'') {
                i = reference.lastIndexOf(c, i - 1);
                if (i < 0) {
                    return 0;
                }
            } else if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                return i;
            }
        }
        return 0;
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
