// What SAL's raw-JDBC executor must do in the dev host on every supported database; one test class per database runs these tests.
package io.followthrough.devhost.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

abstract class HostTransactionalExecutorFactoryContract {
    @TempDir
    Path dataDir;

    private HostDatabase database;
    private StatementCounter counter;
    private final List<Connection> handedOut = new ArrayList<>();
    private HostTransactionalExecutorFactory executors;

    abstract HostDatabase openDatabase(Path dataDir);

    @BeforeEach
    void openDatabaseWithATable() throws SQLException {
        database = openDatabase(dataDir);
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE FIGURES (NAME VARCHAR(20) NOT NULL, AMOUNT INTEGER NOT NULL)");
        }
        counter = new StatementCounter(recording(database.dataSource()));
        executors = new HostTransactionalExecutorFactory(counter.dataSource());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    // Remembers every connection the executor takes, so tests can check it was given back.
    private DataSource recording(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    try {
                        Object result = method.invoke(target, args);
                        if (result instanceof Connection connection) {
                            handedOut.add(connection);
                        }
                        return result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void whatACallbackWritesIsCommittedWhenItReturns() {
        int inserted = executors.createExecutor(false, true).execute(connection -> insert(connection, "open", 3));

        assertThat(inserted).isEqualTo(1);
        assertThat(amounts()).containsExactly(3);
    }

    @Test
    void whatACallbackWritesIsRolledBackWhenItThrowsAndItsExceptionComesThrough() {
        IllegalStateException boom = new IllegalStateException("boom");

        assertThatThrownBy(() -> executors.createExecutor(false, false).execute(connection -> {
            insert(connection, "open", 3);
            throw boom;
        })).isSameAs(boom);

        assertThat(amounts()).isEmpty();
    }

    @Test
    void theStatementsACallbackRunsAreCounted() {
        TransactionalExecutor executor = executors.createExecutor(false, false);

        long statements = counter.countDuring(() -> executor.execute(connection -> {
            insert(connection, "open", 3);
            insert(connection, "done", 4);
            return sum(connection);
        }));

        assertThat(statements).isEqualTo(3);
    }

    @Test
    void theConnectionIsClosedWhetherTheCallbackReturnsOrThrows() throws SQLException {
        executors.createExecutor(true, false).execute(this::sum);
        assertThatThrownBy(() -> executors.createExecutor(true, false).execute(connection -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(handedOut).hasSize(2);
        for (Connection connection : handedOut) {
            assertThat(connection.isClosed()).isTrue();
        }
    }

    @Test
    void aConnectionKeptByTheCallbackCannotBeUsedAfterwards() {
        Connection kept = executors.createExecutor(true, false).execute(connection -> connection);

        assertThatThrownBy(kept::createStatement).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("do not keep it");
    }

    @Test
    void theCallbackMayNotEndTheTransactionItself() {
        assertThatThrownBy(() -> executors.createExecutor(false, false).execute(connection -> {
            insert(connection, "open", 3);
            try {
                connection.commit();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        })).isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("Connection#commit");

        assertThat(amounts()).isEmpty();
    }

    @Test
    void aReadOnlyExecutorRefusesAWriteAndLeavesTheTableAsItWas() {
        executors.createExecutor(false, false).execute(connection -> insert(connection, "open", 3));

        assertThatThrownBy(() -> executors.createExecutor(false, false).readOnly()
                .execute(connection -> insert(connection, "done", 4)))
                .isInstanceOf(IllegalStateException.class).hasCauseInstanceOf(SQLException.class);

        assertThat(amounts()).containsExactly(3);
    }

    @Test
    void theDefaultExecutorIsReadOnlyAndReadWriteLetsItWrite() {
        TransactionalExecutor executor = executors.createExecutor();
        assertThatThrownBy(() -> executor.execute(connection -> insert(connection, "open", 3)))
                .hasCauseInstanceOf(SQLException.class);

        executor.readWrite().existingTransaction().execute(connection -> insert(connection, "open", 3));

        assertThat(amounts()).containsExactly(3);
    }

    @Test
    void aReadOnlyTransactionDoesNotLeaveItsConnectionReadOnly() {
        for (int i = 0; i < 20; i++) {
            executors.createExecutor(true, false).execute(this::sum);
        }

        executors.createExecutor(false, false).execute(connection -> insert(connection, "open", 3));

        assertThat(amounts()).containsExactly(3);
    }

    private static int insert(Connection connection, String name, int amount) {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO FIGURES (NAME, AMOUNT) VALUES (?, ?)")) {
            insert.setString(1, name);
            insert.setInt(2, amount);
            return insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("insert failed", e);
        }
    }

    private int sum(Connection connection) {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COALESCE(SUM(AMOUNT), 0) FROM FIGURES")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("sum failed", e);
        }
    }

    // Read apart from the executor, so a test sees what was committed.
    private List<Integer> amounts() {
        List<Integer> amounts = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT AMOUNT FROM FIGURES ORDER BY AMOUNT")) {
            while (rs.next()) {
                amounts.add(rs.getInt(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return amounts;
    }
}
