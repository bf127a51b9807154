// Lets one dev host process at a time upgrade a namespace's schema, as Confluence's cluster lock does across nodes.
package io.followthrough.devhost.ao;

import io.followthrough.devhost.db.HostDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * On PostgreSQL, a session-level advisory lock keyed by the namespace, held on its own connection.
 * HSQLDB needs none: its file database can be opened by one process only.
 */
interface UpgradeLock extends AutoCloseable {

    @Override
    void close() throws SQLException;

    static UpgradeLock acquire(DataSource dataSource, HostDatabase.Kind kind, String namespace) throws SQLException {
        if (kind != HostDatabase.Kind.POSTGRESQL) {
            return () -> { };
        }
        // Two namespaces with the same hash only wait for each other, which is harmless.
        long key = namespace.hashCode();
        Connection connection = dataSource.getConnection();
        try {
            advisoryLock(connection, "pg_advisory_lock", key);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return () -> {
            try (connection) {
                advisoryLock(connection, "pg_advisory_unlock", key);
            }
        };
    }

    private static void advisoryLock(Connection connection, String function, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + function + "(?)")) {
            statement.setLong(1, key);
            statement.execute();
        }
    }
}
