// Mirrors SAL's com.atlassian.sal.api.rdbms.RdbmsException; checked against SAL 3.0.0 javadoc.
package com.atlassian.sal.api.rdbms;

/** Thrown by the rdbms implementation when working with the database fails. */
public class RdbmsException extends RuntimeException {
    public RdbmsException(String message) {
        super(message);
    }

    public RdbmsException(String message, Throwable cause) {
        super(message, cause);
    }

    public RdbmsException(Throwable cause) {
        super(cause);
    }
}
