// The ActiveObjects service for one plugin namespace: AO's EntityManager with Confluence's naming, name limits, transactions and upgrade tasks.
package io.followthrough.devhost.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import com.atlassian.sal.api.transaction.TransactionCallback;
import io.followthrough.devhost.db.HostDatabase;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import net.java.ao.ActiveObjectsException;
import net.java.ao.DBParam;
import net.java.ao.DatabaseProvider;
import net.java.ao.DelegateConnection;
import net.java.ao.DisposableDataSource;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.SchemaConfiguration;
import net.java.ao.db.HSQLDatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;
import org.slf4j.LoggerFactory;

/**
 * <p>Transactions: {@link #executeInTransaction} binds one connection to the calling thread through
 * AO's own {@code DatabaseProvider.startTransaction()}, so every AO call inside the callback uses it;
 * it commits when the callback returns and rolls back when it throws, then rethrows. A nested call
 * joins the outer transaction, as Confluence's does. The isolation is READ COMMITTED (Confluence's,
 * on PostgreSQL) instead of AO's own default, SERIALIZABLE. Outside a transaction each AO call runs
 * on its own auto-commit connection.
 *
 * <p>Several processes may share one PostgreSQL database: AO 3.2 keeps no entity cache (its
 * {@code flush} methods do nothing), so every read goes to the database; what it caches per JVM is
 * derived from entity classes only (names, types). Schema upgrades are serialised by {@link UpgradeLock}.
 *
 * <p>SQL failures surface as {@link ActiveObjectsException}, which is unchecked.
 */
public final class HostActiveObjects implements ActiveObjects {

    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(HostActiveObjects.class);

    private final DataSource dataSource;
    private final HostDatabase.Kind kind;
    private final String namespace;
    private final EntityManager entityManager;
    private final EntityNameRules nameRules;
    private final ModelVersionTable modelVersions;
    private final ThreadLocal<Connection> transaction = new ThreadLocal<>();

    public HostActiveObjects(DataSource dataSource, HostDatabase.Kind kind, String namespace) {
        this.dataSource = dataSource;
        this.kind = kind;
        this.namespace = namespace;
        NameConverters names = AtlassianNaming.nameConverters(namespace);
        DatabaseProvider provider = provider(kind, new PoolOwnedDataSource(dataSource));
        this.entityManager = new EntityManager(provider, configuration(names, AtlassianNaming.tablePrefix(namespace)));
        this.nameRules = new EntityNameRules(provider, names);
        this.modelVersions = new ModelVersionTable(namespace);
    }

    private static DatabaseProvider provider(HostDatabase.Kind kind, DisposableDataSource dataSource) {
        return switch (kind) {
            case HSQLDB -> new HSQLDatabaseProvider(dataSource);
            case POSTGRESQL -> new PostgreSQLDatabaseProvider(dataSource);
        };
    }

    private static EntityManagerConfiguration configuration(NameConverters names, String tablePrefix) {
        // Like Confluence, manage only this namespace's tables: migrateDestructively leaves all others alone.
        SchemaConfiguration ownTablesOnly = (table, caseSensitive) -> caseSensitive
                ? table.startsWith(tablePrefix)
                : table.toUpperCase(Locale.ROOT).startsWith(tablePrefix);
        return new EntityManagerConfiguration() {
            // Required by the interface; AO 3.2 has no entity cache for it to configure.
            @SuppressWarnings("deprecation")
            @Override
            public boolean useWeakCache() {
                return false;
            }

            @Override
            public NameConverters getNameConverters() {
                return names;
            }

            @Override
            public SchemaConfiguration getSchemaConfiguration() {
                return ownTablesOnly;
            }

            @Override
            public EntityInfoResolverFactory getEntityInfoResolverFactory() {
                return new CachingEntityInfoResolverFactory();
            }
        };
    }

    /** The namespace's table prefix, e.g. {@code AO_5033A6_}. */
    public String tablePrefix() {
        return AtlassianNaming.tablePrefix(namespace);
    }

    /**
     * Brings the namespace's schema up to date as Confluence does when the plugin starts: runs, in
     * model-version order, each task newer than the stored model version, each in its own transaction
     * that also stores its version; then migrates {@code entities}. A failing task stops the rest and
     * is run again on the next call. Only one process at a time upgrades a namespace.
     */
    @SafeVarargs
    @SuppressWarnings("try") // the lock only has to be held while the block runs
    public final void upgrade(List<ActiveObjectsUpgradeTask> tasks, Class<? extends RawEntity<?>>... entities) {
        List<ActiveObjectsUpgradeTask> ordered = inVersionOrder(tasks);
        try (UpgradeLock held = UpgradeLock.acquire(dataSource, kind, namespace)) {
            inTransaction(modelVersions::createIfMissing);
            for (ActiveObjectsUpgradeTask task : ordered) {
                inTransaction(connection -> runIfNewer(task, connection));
            }
            migrate(entities);
        } catch (SQLException e) {
            throw new ActiveObjectsException("Could not take or release the upgrade lock of " + namespace, e);
        }
    }

    private static List<ActiveObjectsUpgradeTask> inVersionOrder(List<ActiveObjectsUpgradeTask> tasks) {
        List<ActiveObjectsUpgradeTask> ordered = tasks.stream()
                .sorted(Comparator.comparing(ActiveObjectsUpgradeTask::getModelVersion))
                .toList();
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i).getModelVersion().isSame(ordered.get(i - 1).getModelVersion())) {
                throw new IllegalArgumentException("Two upgrade tasks have model version " + ordered.get(i).getModelVersion()
                        + ": " + ordered.get(i - 1).getClass().getName() + " and " + ordered.get(i).getClass().getName());
            }
        }
        return ordered;
    }

    private void runIfNewer(ActiveObjectsUpgradeTask task, Connection connection) throws SQLException {
        ModelVersion current = modelVersions.current(connection);
        if (!task.getModelVersion().isNewerThan(current)) {
            return;
        }
        LOG.info("Upgrading Active Objects model of {} from version {} to {} with {}",
                namespace, current, task.getModelVersion(), task.getClass().getName());
        task.upgrade(current, this);
        modelVersions.store(connection, task.getModelVersion());
    }

    /** Checks each entity's names against Confluence's limits, then creates or alters its table. */
    @SuppressWarnings("varargs") // AO only reads the array
    @SafeVarargs
    @Override
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        checkNames(entities);
        try {
            entityManager.migrate(entities);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Like {@link #migrate}, and also drops columns and tables of this namespace that the entities no longer have. */
    @SuppressWarnings("varargs") // AO only reads the array
    @SafeVarargs
    @Override
    public final void migrateDestructively(Class<? extends RawEntity<?>>... entities) {
        checkNames(entities);
        try {
            entityManager.migrateDestructively(entities);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private void checkNames(Class<? extends RawEntity<?>>[] entities) {
        for (Class<? extends RawEntity<?>> entity : entities) {
            nameRules.check(entity);
        }
    }

    /** Nothing to do: AO 3.2 keeps no entity cache. */
    @Override
    public void flushAll() {
    }

    /** Nothing to do: AO 3.2 keeps no entity cache. */
    @Override
    public void flush(RawEntity<?>... entities) {
    }

    @SuppressWarnings("varargs") // AO only reads the array
    @SafeVarargs
    @Override
    public final <T extends RawEntity<K>, K> T[] get(Class<T> type, K... keys) {
        try {
            return entityManager.get(type, keys);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return call(() -> entityManager.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return call(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return call(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
        run(() -> entityManager.create(type, rows));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        run(() -> entityManager.delete(entities));
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return call(() -> entityManager.deleteWithSQL(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type) {
        return call(() -> entityManager.find(type));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return call(() -> entityManager.find(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return call(() -> entityManager.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String field, Query query) {
        return call(() -> entityManager.find(type, field, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] findWithSQL(Class<T> type, String keyField, String sql, Object... parameters) {
        return call(() -> entityManager.findWithSQL(type, keyField, sql, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, EntityStreamCallback<T, K> streamCallback) {
        run(() -> entityManager.stream(type, streamCallback));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback) {
        run(() -> entityManager.stream(type, query, streamCallback));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type) {
        return call(() -> entityManager.count(type));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return call(() -> entityManager.count(type, criteria, parameters));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return call(() -> entityManager.count(type, query));
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        if (transaction.get() != null) {
            return callback.doInTransaction();
        }
        DatabaseProvider provider = entityManager.getProvider();
        Connection connection = call(provider::startTransaction);
        transaction.set(connection);
        try {
            run(() -> connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED));
            T result;
            try {
                result = callback.doInTransaction();
            } catch (Throwable failure) {
                rollBack(provider, connection, failure);
                throw failure;
            }
            run(() -> provider.commitTransaction(connection));
            return result;
        } finally {
            transaction.remove();
            release(connection);
        }
    }

    private void inTransaction(ConnectionWork work) {
        executeInTransaction(() -> {
            run(() -> work.run(transaction.get()));
            return null;
        });
    }

    private static void rollBack(DatabaseProvider provider, Connection connection, Throwable failure) {
        try {
            provider.rollbackTransaction(connection);
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static void release(Connection connection) {
        // AO marks a transaction's connection as not closeable; make it closeable so it returns to the pool.
        ((DelegateConnection) connection).setCloseable(true);
        run(connection::close);
    }

    private static <T> T call(SqlCall<T> call) {
        try {
            return call.run();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static ActiveObjectsException failure(SQLException e) {
        return new ActiveObjectsException(e.getMessage(), e);
    }

    private static void run(SqlRun work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** JDBC work that returns a value. */
    private interface SqlCall<T> {
        T run() throws SQLException;
    }

    /** JDBC work without a result. */
    private interface SqlRun {
        void run() throws SQLException;
    }

    /** JDBC work on the current transaction's connection. */
    private interface ConnectionWork {
        void run(Connection connection) throws SQLException;
    }

    /** Hands AO the pool without letting AO close it: the pool belongs to {@link HostDatabase}. */
    private record PoolOwnedDataSource(DataSource pool) implements DisposableDataSource {
        @Override
        public void dispose() {
            // The pool outlives this service; HostDatabase.close() closes it.
        }

        @Override
        public Connection getConnection() throws SQLException {
            return pool.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return pool.getConnection(username, password);
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return pool.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            pool.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            pool.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return pool.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return pool.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return pool.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return pool.isWrapperFor(type);
        }
    }
}
