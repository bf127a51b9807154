// SAL's raw-JDBC executors in the dev host: plain SQL on the data source the plugin's Active Objects use, one transaction per call.
package io.followthrough.devhost.db;

import com.atlassian.sal.api.rdbms.ConnectionCallback;
import com.atlassian.sal.api.rdbms.RdbmsException;
import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Every {@code execute} takes a connection of its own and commits or rolls back before returning
 * it, so {@code existingTransaction()} does not join an enclosing Active Objects transaction (SAL
 * calls joining a hint): a callback does not see that transaction's uncommitted writes.
 */
public final class HostTransactionalExecutorFactory implements TransactionalExecutorFactory {
    private final DataSource dataSource;

    public HostTransactionalExecutorFactory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Read-only, as in the newest SAL seen; plugins should ask for what they need. */
    @Override
    public TransactionalExecutor createExecutor() {
        return createExecutor(true, false);
    }

    @Override
    public TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew) {
        return new Executor(dataSource, readOnly);
    }

    /** Like SAL's own executor, {@code readOnly()} and the others change this executor and return it. */
    private static final class Executor implements TransactionalExecutor {
        private final DataSource dataSource;
        private boolean readOnly;

        Executor(DataSource dataSource, boolean readOnly) {
            this.dataSource = dataSource;
            this.readOnly = readOnly;
        }

        /** The pool resets auto-commit and read-only when the connection goes back to it. */
        @Override
        public <A> A execute(ConnectionCallback<A> callback) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                if (readOnly) {
                    // HSQLDB and PostgreSQL then refuse writes until the transaction ends.
                    connection.setReadOnly(true);
                }
                A result;
                try {
                    result = CallbackConnection.run(connection, callback);
                } catch (Throwable failure) {
                    rollBack(connection, failure);
                    throw failure;
                }
                connection.commit();
                return result;
            } catch (SQLException e) {
                throw new RdbmsException("Raw JDBC transaction could not start, commit or end (read-only " + readOnly
                        + "): " + e.getMessage(), e);
            }
        }

        private static void rollBack(Connection connection, Throwable failure) {
            try {
                connection.rollback();
            } catch (SQLException e) {
                failure.addSuppressed(new RdbmsException("Rollback after a failed callback failed too", e));
            }
        }

        @Override
        public TransactionalExecutor readOnly() {
            readOnly = true;
            return this;
        }

        @Override
        public TransactionalExecutor readWrite() {
            readOnly = false;
            return this;
        }

        @Override
        public TransactionalExecutor newTransaction() {
            return this;
        }

        @Override
        public TransactionalExecutor existingTransaction() {
            return this;
        }
    }
}
