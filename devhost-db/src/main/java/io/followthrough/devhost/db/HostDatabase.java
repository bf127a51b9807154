// The dev host's database: an HSQLDB file database by default, or PostgreSQL, behind a connection pool.
package io.followthrough.devhost.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

public final class HostDatabase implements AutoCloseable {

    /** The database products the dev host runs on. */
    public enum Kind { HSQLDB, POSTGRESQL }

    private static final String HSQLDB_PREFIX = "jdbc:hsqldb:";
    private static final String POSTGRESQL_PREFIX = "jdbc:postgresql:";
    // MVCC gives HSQLDB the read-committed behaviour PostgreSQL has, so readers do not wait for writers.
    private static final String HSQLDB_OPTIONS = ";hsqldb.tx=mvcc";
    private static final int POOL_SIZE = 10;

    private final HikariDataSource pool;
    private final Kind kind;
    private final String jdbcUrl;

    private HostDatabase(String jdbcUrl, Kind kind) {
        this.jdbcUrl = jdbcUrl;
        this.kind = kind;
        HikariConfig config = new HikariConfig();
        config.setPoolName("devhost-db");
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(POOL_SIZE);
        this.pool = new HikariDataSource(config);
    }

    /**
     * Opens the database at {@code jdbcUrl}; with {@code null}, the HSQLDB file database under
     * {@code dataDir/db/}, which survives restarts. A PostgreSQL URL may carry {@code user} and
     * {@code password} in its query.
     */
    public static HostDatabase open(String jdbcUrl, Path dataDir) {
        if (jdbcUrl == null) {
            return new HostDatabase(HSQLDB_PREFIX + "file:" + databaseFiles(dataDir) + HSQLDB_OPTIONS, Kind.HSQLDB);
        }
        if (jdbcUrl.startsWith(POSTGRESQL_PREFIX)) {
            return new HostDatabase(jdbcUrl, Kind.POSTGRESQL);
        }
        if (jdbcUrl.startsWith(HSQLDB_PREFIX)) {
            return new HostDatabase(jdbcUrl, Kind.HSQLDB);
        }
        // Only the scheme is echoed: the rest of the URL may hold a password.
        String[] parts = jdbcUrl.split(":", 3);
        String scheme = parts.length < 2 ? "(not a JDBC URL)" : parts[0] + ":" + parts[1] + ":…";
        throw new IllegalArgumentException("Unsupported database URL " + scheme + "; use "
                + "jdbc:postgresql://host:port/database?user=…&password=… or leave it unset for the HSQLDB file database");
    }

    /** A private HSQLDB database in memory, gone once closed; for tests. */
    public static HostDatabase inMemory(String name) {
        return new HostDatabase(HSQLDB_PREFIX + "mem:" + name + HSQLDB_OPTIONS, Kind.HSQLDB);
    }

    private static Path databaseFiles(Path dataDir) {
        Path directory = dataDir.resolve("db").toAbsolutePath();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the database directory " + directory, e);
        }
        return directory.resolve("devhost");
    }

    /** The pooled data source; connections start in auto-commit mode. */
    public DataSource dataSource() {
        return pool;
    }

    public Kind kind() {
        return kind;
    }

    /** The URL the database was opened with; a PostgreSQL URL may contain a password, so do not log it. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** Closes the pool; an HSQLDB database is shut down first so its files are consistent. */
    @Override
    public void close() {
        try {
            if (kind == Kind.HSQLDB) {
                shutDownHsqldb();
            }
        } finally {
            pool.close();
        }
    }

    private void shutDownHsqldb() {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException("HSQLDB did not shut down cleanly: " + jdbcUrl, e);
        }
    }
}
