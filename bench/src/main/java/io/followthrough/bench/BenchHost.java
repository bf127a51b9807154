package io.followthrough.bench;

import io.followthrough.devhost.DevHost;
import io.followthrough.devhost.DevHostConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A dev host with the demo users on PostgreSQL (an embedded server started here, or the one a URL
 * names) or on HSQLDB (a file database in a temporary folder, or the one an HSQLDB URL names).
 */
final class BenchHost implements AutoCloseable {
    /** The {@code --db} value for a fresh HSQLDB file database instead of PostgreSQL. */
    static final String HSQLDB = "hsqldb";
    /** HSQLDB as the dev host runs it: MVCC, so readers do not wait for writers. */
    private static final String HSQLDB_MVCC = ";hsqldb.tx=mvcc";

    private final EmbeddedPostgres postgres;
    private final DevHost host;

    private BenchHost(EmbeddedPostgres postgres, DevHost host) {
        this.postgres = postgres;
        this.host = host;
    }

    /**
     * @param database a JDBC URL (PostgreSQL or HSQLDB), {@link #HSQLDB} for a fresh HSQLDB file
     *                 database, or null to start an embedded PostgreSQL with a fresh database
     */
    static BenchHost start(String database, Path pluginJar) throws Exception {
        EmbeddedPostgres postgres = null;
        String url = database;
        if (HSQLDB.equals(url)) {
            url = null;
        } else if (url != null && url.startsWith("jdbc:hsqldb:") && !url.contains(HSQLDB_MVCC)) {
            url = url + HSQLDB_MVCC;
        } else if (url == null) {
            postgres = EmbeddedPostgres.start();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE bench");
            } catch (SQLException e) {
                postgres.close();
                throw e;
            }
            url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/bench?user=postgres&password=postgres";
        }
        Path data = Files.createTempDirectory("followthrough-bench");
        DevHost host = DevHost.start(new DevHostConfig(0, url, data, pluginJar, false, true, true));
        return new BenchHost(postgres, host);
    }

    DevHost host() {
        return host;
    }

    @Override
    public void close() throws IOException {
        host.close();
        if (postgres != null) {
            postgres.close();
        }
    }
}
