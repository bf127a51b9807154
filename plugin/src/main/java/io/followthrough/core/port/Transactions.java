package io.followthrough.core.port;

import java.util.function.Supplier;

/** Runs work in one database transaction: all of it is stored, or none. */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    /** Runs work that returns nothing in one transaction. */
    default void runInTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs work in a transaction and, when another move on the same record was recorded first,
     * runs it again on a fresh read, at most {@code attempts} times in all; the last conflict is thrown.
     */
    default void retryingOnConflict(int attempts, Runnable work) {
        for (int attempt = 1; ; attempt++) {
            try {
                runInTransaction(work);
                return;
            } catch (ConcurrentMoveException raced) {
                if (attempt >= attempts) {
                    throw raced;
                }
            }
        }
    }
}
