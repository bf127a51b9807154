// Real databases for tests: HSQLDB files in a given directory, and fresh databases on one embedded PostgreSQL shared by all test classes.
package io.followthrough.devhost.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

public final class TestDatabases {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    /** An HSQLDB file database under {@code dataDir}, as the dev host opens it by default. */
    public static HostDatabase hsqldbFile(Path dataDir) {
        return HostDatabase.open(null, dataDir);
    }

    /** A new, empty database on the shared PostgreSQL server, opened through a URL carrying user and password. */
    public static HostDatabase freshPostgres() {
        String name = "test_" + DATABASES.incrementAndGet();
        EmbeddedPostgres server = postgres();
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return HostDatabase.open(postgresUrl(name), null);
    }

    /** The JDBC URL of a database on the shared PostgreSQL server; it need not exist. */
    public static String postgresUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres().getPort() + "/" + database + "?user=postgres&password=postgres";
    }

    // Started once per test JVM (it takes seconds) and stopped when the JVM exits.
    private static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        return postgres;
    }
}
