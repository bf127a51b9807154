package io.followthrough.devhost;

import com.atlassian.confluence.plugin.services.VelocityHelperService;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.followthrough.devhost.data.HostPages;
import io.followthrough.devhost.data.HostSchema;
import io.followthrough.devhost.data.HostSpaces;
import io.followthrough.devhost.data.HostUsers;
import io.followthrough.devhost.db.HostDatabase;
import io.followthrough.devhost.i18n.HostI18n;
import io.followthrough.devhost.plugin.HostServices;
import io.followthrough.devhost.plugin.PluginBundle;
import io.followthrough.devhost.plugin.RunningPlugin;
import io.followthrough.devhost.services.HostPageBuilderService;
import io.followthrough.devhost.services.HostPermissionManager;
import io.followthrough.devhost.services.HostUserAccessor;
import io.followthrough.devhost.services.HostUserManager;
import io.followthrough.devhost.velocity.HostVelocity;
import io.followthrough.devhost.web.AuthFilter;
import io.followthrough.devhost.web.HostApp;
import io.followthrough.devhost.web.LoginServlet;
import io.followthrough.devhost.web.PageServlet;
import io.followthrough.devhost.web.ResourceServlet;
import io.followthrough.devhost.web.SpaceServlet;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** Runs the plugin jar the way Confluence would, on Jetty, Spring, Velocity and a real database. */
public final class DevHost implements AutoCloseable {
    private final HostDatabase database;
    private final RunningPlugin plugin;
    private final Server server;
    private final HostApp app;

    private DevHost(HostDatabase database, RunningPlugin plugin, Server server, HostApp app) {
        this.database = database;
        this.plugin = plugin;
        this.server = server;
        this.app = app;
    }

    public static DevHost start(DevHostConfig config) throws Exception {
        if (!Files.isRegularFile(config.pluginJar())) {
            throw new IllegalArgumentException("plugin jar not found: " + config.pluginJar()
                    + " (build it with: mvn -q install -DskipTests)");
        }
        Clock clock = Clock.systemDefaultZone();
        HostDatabase database = HostDatabase.open(config.jdbcUrl(), config.dataDir());
        HostSchema.create(database.dataSource());
        HostUsers users = new HostUsers(database.dataSource());
        HostSpaces spaces = new HostSpaces(database.dataSource());
        HostPages pages = new HostPages(database.dataSource(), clock);
        if (config.seedDemoData()) {
            new DemoData(users, spaces, pages, clock).seedIfEmpty();
        }

        PluginBundle bundle = PluginBundle.open(config.pluginJar(), DevHost.class.getClassLoader());
        HostI18n i18n = new HostI18n(bundle.classLoader(), bundle.descriptor().i18nLocations(), Locale.ENGLISH);
        HostVelocity velocity = new HostVelocity(bundle.classLoader(),
                new HashSet<>(bundle.descriptor().velocityAllowlist()), i18n, config.strictTemplates());
        HostPermissionManager permissions = new HostPermissionManager(spaces, pages, users);
        HostPageBuilderService pageBuilder = new HostPageBuilderService();
        HostServices services = new HostServices()
                .add(UserAccessor.class, new HostUserAccessor(users))
                .add(UserManager.class, new HostUserManager(users))
                .add(PermissionManager.class, permissions)
                .add(I18nResolver.class, i18n)
                .add(VelocityHelperService.class, velocity)
                .add(PageBuilderService.class, pageBuilder);
        RunningPlugin plugin = RunningPlugin.start(bundle, services);
        HostApp app = new HostApp(users, spaces, pages, permissions, pageBuilder, i18n, plugin);

        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(config.port());
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        context.addFilter(new FilterHolder(new AuthFilter(users)), "/*", EnumSet.of(DispatcherType.REQUEST));
        LoginServlet login = new LoginServlet(users);
        context.addServlet(new ServletHolder(login), "/login");
        context.addServlet(new ServletHolder(login), "/logout");
        SpaceServlet spaceServlet = new SpaceServlet(app);
        context.addServlet(new ServletHolder(spaceServlet), "/display/*");
        context.addServlet(new ServletHolder(spaceServlet), "/");
        context.addServlet(new ServletHolder(new PageServlet(app)), "/pages/*");
        ResourceServlet resources = new ResourceServlet(bundle);
        context.addServlet(new ServletHolder(resources), "/static/*");
        context.addServlet(new ServletHolder(resources), "/download/resources/*");
        server.setHandler(context);
        server.start();
        return new DevHost(database, plugin, server, app);
    }

    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port());
    }

    public HostApp app() {
        return app;
    }

    public HostDatabase database() {
        return database;
    }

    @Override
    public void close() throws Exception {
        server.stop();
        plugin.close();
        database.close();
    }

    public static void main(String[] args) throws Exception {
        DevHostConfig config = CommandLine.parse(args);
        DevHost host = start(config);
        System.out.println();
        System.out.println("Follow-Through dev host is running at " + host.baseUrl() + "/display/DEMO");
        System.out.println("Database: " + host.database().jdbcUrl());
        System.out.println("Demo users (password = username): " + String.join(", ", DemoData.USERS));
        System.out.println("Stop with Ctrl+C.");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                host.close();
            } catch (Exception e) {
                System.err.println("dev host did not stop cleanly: " + e);
            }
        }));
        host.server.join();
    }

    /** Reads --port, --db, --data, --plugin. */
    static final class CommandLine {
        private CommandLine() {
        }

        static DevHostConfig parse(String[] args) {
            int port = 8090;
            String db = null;
            Path data = Path.of(".devhost-data");
            Path plugin = null;
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--port" -> port = Integer.parseInt(require(args[i], value));
                    case "--db" -> db = require(args[i], value);
                    case "--data" -> data = Path.of(require(args[i], value));
                    case "--plugin" -> plugin = Path.of(require(args[i], value));
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + "; use --port N, --db JDBC_URL, --data DIR, --plugin JAR");
                }
                i++;
            }
            if (plugin == null) {
                throw new IllegalArgumentException("--plugin JAR is required");
            }
            return new DevHostConfig(port, db, data, plugin, false, true);
        }

        private static String require(String option, String value) {
            if (value == null) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return value;
        }
    }
}
