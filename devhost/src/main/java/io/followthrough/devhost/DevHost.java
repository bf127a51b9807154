package io.followthrough.devhost;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.plugin.services.VelocityHelperService;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.followthrough.devhost.ao.HostTransactionTemplate;
import io.followthrough.devhost.data.HostPages;
import io.followthrough.devhost.data.HostSchema;
import io.followthrough.devhost.data.HostSpaces;
import io.followthrough.devhost.data.HostUsers;
import io.followthrough.devhost.db.HostDatabase;
import io.followthrough.devhost.db.HostTransactionalExecutorFactory;
import io.followthrough.devhost.db.StatementCounter;
import io.followthrough.devhost.i18n.HostI18n;
import io.followthrough.devhost.plugin.HostServices;
import io.followthrough.devhost.plugin.PluginActiveObjects;
import io.followthrough.devhost.plugin.PluginBundle;
import io.followthrough.devhost.plugin.RunningPlugin;
import io.followthrough.devhost.rest.RestModules;
import io.followthrough.devhost.services.HostApplicationProperties;
import io.followthrough.devhost.services.HostEventPublisher;
import io.followthrough.devhost.services.HostLoginUriProvider;
import io.followthrough.devhost.services.HostPageBuilderService;
import io.followthrough.devhost.services.HostPageManager;
import io.followthrough.devhost.services.HostPermissionManager;
import io.followthrough.devhost.services.HostSchedulerService;
import io.followthrough.devhost.services.HostSpaceManager;
import io.followthrough.devhost.services.HostUserAccessor;
import io.followthrough.devhost.services.HostUserManager;
import io.followthrough.devhost.services.PageObjects;
import io.followthrough.devhost.services.PageOperations;
import io.followthrough.devhost.services.SiteSettings;
import io.followthrough.devhost.velocity.HostVelocity;
import io.followthrough.devhost.web.AuthFilter;
import io.followthrough.devhost.web.HostApp;
import io.followthrough.devhost.web.LoginServlet;
import io.followthrough.devhost.web.MoveServlet;
import io.followthrough.devhost.web.PageServlet;
import io.followthrough.devhost.web.PluginServlets;
import io.followthrough.devhost.web.ResourceServlet;
import io.followthrough.devhost.web.SpaceServlet;
import io.followthrough.devhost.web.SpaceToolsServlet;
import io.followthrough.devhost.web.TrashServlet;
import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
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
    private final HostEventPublisher events;
    private final StatementCounter pluginStatements;
    private final HostSchedulerService scheduler;

    private DevHost(HostDatabase database, RunningPlugin plugin, Server server, HostApp app, HostEventPublisher events,
                    StatementCounter pluginStatements, HostSchedulerService scheduler) {
        this.database = database;
        this.plugin = plugin;
        this.server = server;
        this.app = app;
        this.events = events;
        this.pluginStatements = pluginStatements;
        this.scheduler = scheduler;
    }

    public static DevHost start(DevHostConfig config) throws Exception {
        if (!Files.isRegularFile(config.pluginJar())) {
            throw new IllegalArgumentException("plugin jar not found: " + config.pluginJar()
                    + " (build it with: mvn -q install -DskipTests)");
        }
        HostDatabase database = HostDatabase.open(config.jdbcUrl(), config.dataDir());
        try {
            return start(config, database);
        } catch (Exception | Error e) {
            database.close();
            throw e;
        }
    }

    private static DevHost start(DevHostConfig config, HostDatabase database) throws Exception {
        HostSchedulerService scheduler = new HostSchedulerService();
        try {
            return start(config, database, scheduler);
        } catch (Exception | Error e) {
            scheduler.close();
            throw e;
        }
    }

    private static DevHost start(DevHostConfig config, HostDatabase database, HostSchedulerService scheduler)
            throws Exception {
        Clock clock = Clock.systemDefaultZone();
        HostSchema.create(database.dataSource());
        HostUsers users = new HostUsers(database.dataSource());
        HostSpaces spaces = new HostSpaces(database.dataSource());
        HostPages pages = new HostPages(database.dataSource(), clock);
        SiteSettings site = new SiteSettings(config.anonymousAccess());
        HostEventPublisher events = new HostEventPublisher();
        PageObjects objects = new PageObjects(spaces, users, pages);
        PageOperations operations = new PageOperations(pages, objects, events);

        PluginBundle bundle = PluginBundle.open(config.pluginJar(), DevHost.class.getClassLoader());
        HostI18n i18n = new HostI18n(bundle.classLoader(), bundle.descriptor().i18nLocations(), Locale.ENGLISH);
        HostVelocity velocity = new HostVelocity(bundle.classLoader(),
                new HashSet<>(bundle.descriptor().velocityAllowlist()), i18n, config.strictTemplates());
        HostPermissionManager permissions = new HostPermissionManager(spaces, pages, users, site);
        HostPageBuilderService pageBuilder = new HostPageBuilderService();
        HostUserManager userManager = new HostUserManager(users);
        AtomicReference<URI> address = new AtomicReference<>(URI.create("http://127.0.0.1:" + config.port()));
        StatementCounter pluginStatements = new StatementCounter(database.dataSource());
        HostServices services = new HostServices()
                .add(UserAccessor.class, new HostUserAccessor(users))
                .add(UserManager.class, userManager)
                .add(PermissionManager.class, permissions)
                .add(I18nResolver.class, i18n)
                .add(VelocityHelperService.class, velocity)
                .add(PageBuilderService.class, pageBuilder)
                .add(EventPublisher.class, events)
                .add(PageManager.class, new HostPageManager(pages, objects))
                .add(SpaceManager.class, new HostSpaceManager(spaces))
                .add(LoginUriProvider.class, new HostLoginUriProvider())
                .add(ApplicationProperties.class, new HostApplicationProperties(address::get))
                .add(TransactionalExecutorFactory.class, new HostTransactionalExecutorFactory(pluginStatements.dataSource()))
                .add(SchedulerService.class, scheduler);
        Optional<PluginActiveObjects> activeObjects = PluginActiveObjects.of(bundle.descriptor(), database,
                pluginStatements.dataSource());
        activeObjects.ifPresent(ao -> services
                .add(ActiveObjects.class, ao.service())
                .add(TransactionTemplate.class, new HostTransactionTemplate(ao.service())));
        RunningPlugin plugin;
        try {
            plugin = RunningPlugin.start(bundle, services, modules -> activeObjects.ifPresent(ao -> ao.upgrade(modules)));
        } catch (RuntimeException e) {
            bundle.close();
            throw e;
        }
        try {
            if (config.seedDemoData()) {
                new DemoData(users, spaces, pages, operations, clock).seedIfEmpty();
            }
            HostApp app = new HostApp(users, spaces, pages, objects, operations, permissions, pageBuilder, i18n, plugin);
            Server server = server(config, app, users, userManager, site);
            address.set(URI.create("http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort()));
            return new DevHost(database, plugin, server, app, events, pluginStatements, scheduler);
        } catch (Exception | Error e) {
            plugin.close();
            throw e;
        }
    }

    private static Server server(DevHostConfig config, HostApp app, HostUsers users, UserManager userManager,
                                 SiteSettings site) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(config.port());
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        context.addFilter(new FilterHolder(new AuthFilter(users, site)), "/*", EnumSet.of(DispatcherType.REQUEST));
        LoginServlet login = new LoginServlet(users);
        context.addServlet(new ServletHolder(login), "/login");
        context.addServlet(new ServletHolder(login), "/logout");
        SpaceServlet spaceServlet = new SpaceServlet(app);
        context.addServlet(new ServletHolder(spaceServlet), "/display/*");
        context.addServlet(new ServletHolder(spaceServlet), "/");
        context.addServlet(new ServletHolder(new PageServlet(app)), "/pages/*");
        TrashServlet trash = new TrashServlet(app);
        for (String action : List.of("trashpage", "viewtrash", "restoretrashitem", "purgetrashitem")) {
            context.addServlet(new ServletHolder(trash), "/pages/" + action + ".action");
        }
        MoveServlet move = new MoveServlet(app);
        context.addServlet(new ServletHolder(move), "/pages/movepage.action");
        context.addServlet(new ServletHolder(move), "/pages/domovepage.action");
        ResourceServlet resources = new ResourceServlet(app.plugin().bundle());
        context.addServlet(new ServletHolder(resources), "/static/*");
        context.addServlet(new ServletHolder(resources), "/download/resources/*");
        RestModules.mount(context, app.plugin(), userManager, site);
        PluginServlets.mount(context, app);
        context.addServlet(new ServletHolder(new SpaceToolsServlet(app)), "/spaces/spacetools.action");
        server.setHandler(context);
        try {
            server.start();
        } catch (Exception e) {
            server.stop();
            throw e;
        }
        return server;
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

    /**
     * Counts the SQL statements the plugin runs through Active Objects and SAL's TransactionalExecutor,
     * for tests that hold query counts constant.
     */
    public StatementCounter pluginStatements() {
        return pluginStatements;
    }

    public HostEventPublisher events() {
        return events;
    }

    /**
     * Atlassian Scheduler as the plugin sees it, for tests and benchmarks that run a scheduled job now
     * ({@link HostSchedulerService#runNow}) instead of waiting for its interval.
     */
    public HostSchedulerService scheduler() {
        return scheduler;
    }

    /**
     * Stops serving, then stops the plugin (its beans' destroy methods run and may still unschedule
     * their jobs), then the scheduler thread, and closes the database.
     */
    @Override
    public void close() throws IOException {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Jetty did not stop cleanly", e);
        } finally {
            try {
                plugin.close();
            } finally {
                try {
                    scheduler.close();
                } finally {
                    database.close();
                }
            }
        }
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

    /** Reads --port, --db, --data, --plugin, --no-anonymous. */
    static final class CommandLine {
        private CommandLine() {
        }

        static DevHostConfig parse(String[] args) {
            int port = 8090;
            String db = null;
            Path data = Path.of(".devhost-data");
            Path plugin = null;
            boolean anonymous = true;
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                if (args[i].equals("--no-anonymous")) {
                    anonymous = false;
                    continue;
                }
                switch (args[i]) {
                    case "--port" -> port = Integer.parseInt(require(args[i], value));
                    case "--db" -> db = require(args[i], value);
                    case "--data" -> data = Path.of(require(args[i], value));
                    case "--plugin" -> plugin = Path.of(require(args[i], value));
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + "; use --port N, --db JDBC_URL, --data DIR, --plugin JAR, --no-anonymous");
                }
                i++;
            }
            if (plugin == null) {
                throw new IllegalArgumentException("--plugin JAR is required");
            }
            return new DevHostConfig(port, db, data, plugin, false, true, anonymous);
        }

        private static String require(String option, String value) {
            if (value == null) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return value;
        }
    }
}
