// Mirrors SAL's com.atlassian.sal.api.rdbms.TransactionalExecutorFactory (subset); checked against SAL 3.0.0 javadoc and Bamboo 10.2 javadoc of an implementation.
package com.atlassian.sal.api.rdbms;

/** Provided by the host application; creates executors that run plain JDBC in a transaction. */
public interface TransactionalExecutorFactory {
    /** An executor with the host's defaults (read-only in the newest SAL seen; ask for what you need). */
    TransactionalExecutor createExecutor();

    TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew);
}
