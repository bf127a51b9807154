package io.followthrough.confluence.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.followthrough.core.port.Transactions;
import java.util.function.Supplier;

/** Runs the core's units of work in an Active Objects transaction: commits on return, rolls back on throw. */
public final class AoTransactions implements Transactions {

    private final ActiveObjects ao;

    public AoTransactions(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return ao.executeInTransaction(work::get);
    }
}
