// A template could not be rendered; the message names the template and the cause.
package io.followthrough.devhost.velocity;

public final class TemplateRenderException extends RuntimeException {

    TemplateRenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
