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

/** A dev host with the demo users on PostgreSQL: an embedded server started here, or the one a URL names. */
final class BenchHost implements AutoCloseable {
    private final EmbeddedPostgres postgres;
    private final DevHost host;

    private BenchHost(EmbeddedPostgres postgres, DevHost host) {
        this.postgres = postgres;
        this.host = host;
    }

    /** @param jdbcUrl a PostgreSQL URL, or null to start an embedded PostgreSQL with a fresh database */
    static BenchHost start(String jdbcUrl, Path pluginJar) throws Exception {
        EmbeddedPostgres postgres = null;
        String url = jdbcUrl;
        if (url == null) {
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
