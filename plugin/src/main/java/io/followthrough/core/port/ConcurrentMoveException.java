package io.followthrough.core.port;

/** Another move on the same item was recorded first; the caller's view of the item is stale. */
public final class ConcurrentMoveException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConcurrentMoveException(long itemId, Throwable cause) {
        super("item " + itemId + " was changed by another move", cause);
    }
}
