package io.followthrough.core.port;

/** Another move on the same record was recorded first; the caller's view of it is stale. */
public final class ConcurrentMoveException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConcurrentMoveException(long itemId, Throwable cause) {
        this("item " + itemId, cause);
    }

    /** @param record what was changed, e.g. "outcome 7" */
    public ConcurrentMoveException(String record, Throwable cause) {
        super(record + " was changed by another move", cause);
    }
}
