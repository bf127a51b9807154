package io.followthrough.devhost;

import java.nio.file.Path;

/**
 * How to start a dev host.
 *
 * @param port            port on 127.0.0.1; 0 picks a free one
 * @param jdbcUrl         database URL, or null for the HSQLDB file database under dataDir
 * @param dataDir         where the default database lives
 * @param pluginJar       the plugin jar to load
 * @param strictTemplates fail a render on a Velocity allowlist violation instead of logging it
 * @param seedDemoData    seed DEMO space and users into an empty database
 * @param anonymousAccess the site lets anonymous users in (they see what is granted to "anonymous")
 */
public record DevHostConfig(int port, String jdbcUrl, Path dataDir, Path pluginJar, boolean strictTemplates,
                            boolean seedDemoData, boolean anonymousAccess) {
}
