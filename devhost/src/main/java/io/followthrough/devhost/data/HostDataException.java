package io.followthrough.devhost.data;

/** A failure of the host's own database, reported with the statement that failed. */
public final class HostDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public HostDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
