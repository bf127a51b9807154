// Mirrors SAL's com.atlassian.sal.api.rdbms.TransactionalExecutor (subset: getSchemaName omitted); checked against SAL 3.0.0 and 4.0.0 javadoc.
package com.atlassian.sal.api.rdbms;

/** Runs a callback with a JDBC connection inside a transaction; joining an existing transaction is only a hint. */
public interface TransactionalExecutor {
    /**
     * Commits when the callback returns and rolls back when it throws. The callback must not commit,
     * roll back or change the connection's auto-commit or read-only state, nor keep the connection.
     */
    <A> A execute(ConnectionCallback<A> callback);

    TransactionalExecutor readOnly();

    TransactionalExecutor readWrite();

    TransactionalExecutor newTransaction();

    TransactionalExecutor existingTransaction();
}
