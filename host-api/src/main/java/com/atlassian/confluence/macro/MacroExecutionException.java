// Mirrors Confluence's com.atlassian.confluence.macro.MacroExecutionException; checked against Confluence 8.5.7 javadoc.
package com.atlassian.confluence.macro;

public class MacroExecutionException extends Exception {
    public MacroExecutionException() {
        super();
    }

    public MacroExecutionException(String message) {
        super(message);
    }

    public MacroExecutionException(Throwable cause) {
        super(cause);
    }

    public MacroExecutionException(String message, Throwable cause) {
        super(message, cause);
    }
}
