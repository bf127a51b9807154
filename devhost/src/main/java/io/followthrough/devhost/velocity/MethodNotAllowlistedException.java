// Thrown in strict mode when a template calls a method that no allowlist entry permits.
package io.followthrough.devhost.velocity;

public final class MethodNotAllowlistedException extends RuntimeException {

    /** @param entry the missing entry, e.g. {@code com.x.Foo#getBar()}; the message is Confluence's warning */
    MethodNotAllowlistedException(String entry) {
        super(messageFor(entry));
    }

    static String messageFor(String entry) {
        return "Method needs allowlisting: " + entry;
    }
}
