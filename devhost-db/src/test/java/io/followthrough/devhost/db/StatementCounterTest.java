// Tests that the statement counter counts each executed statement once, per thread when asked.
package io.followthrough.devhost.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StatementCounterTest {

    private HostDatabase database;
    private StatementCounter counter;

    @BeforeEach
    void openDatabase() throws SQLException {
        database = HostDatabase.inMemory("statement-counter");
        counter = new StatementCounter(database.dataSource());
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE ITEM (ID INT PRIMARY KEY, NAME VARCHAR(20))");
        }
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void eachExecutedStatementCountsOnceAndABatchCountsAsOne() throws SQLException {
        try (Connection connection = counter.dataSource().getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO ITEM VALUES (1, 'one')");
                statement.execute("UPDATE ITEM SET NAME = 'uno' WHERE ID = 1");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ITEM VALUES (?, ?)")) {
                for (int id = 2; id <= 4; id++) {
                    insert.setInt(1, id);
                    insert.setString(2, "item " + id);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM ITEM"); ResultSet rows = query.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(4);
            }
        }

        assertThat(counter.count()).isEqualTo(4);
    }

    @Test
    void preparingAStatementWithoutExecutingItCountsNothing() throws SQLException {
        try (Connection connection = counter.dataSource().getConnection();
                PreparedStatement unused = connection.prepareStatement("SELECT * FROM ITEM")) {
            assertThat(unused).isNotNull();
        }

        assertThat(counter.count()).isZero();
    }

    @Test
    void aMetadataQueryCountsBecauseTheDriverRunsItAsSql() throws SQLException {
        try (Connection connection = counter.dataSource().getConnection();
                ResultSet tables = connection.getMetaData().getTables(null, null, "ITEM", null)) {
            assertThat(tables.next()).isTrue();
        }

        assertThat(counter.count()).isEqualTo(1);
    }

    @Test
    void countDuringCountsOnlyTheCallingThreadsStatements() {
        long mine = counter.countDuring(() -> {
            insert(7);
            CompletableFuture.runAsync(() -> insert(8)).join();
        });

        assertThat(mine).isEqualTo(1);
        assertThat(counter.count()).isEqualTo(2);
    }

    @Test
    void timeIsMeasuredInExecutedStatementsOnly() throws SQLException {
        try (Connection connection = counter.dataSource().getConnection()) {
            try (PreparedStatement prepared = connection.prepareStatement("SELECT COUNT(*) FROM ITEM")) {
                assertThat(counter.nanos()).as("preparing is not executing").isZero();
                long start = System.nanoTime();
                prepared.executeQuery().close();
                long around = System.nanoTime() - start;

                assertThat(counter.nanos()).isPositive().isLessThanOrEqualTo(around);
            }
            long afterQuery = counter.nanos();
            connection.getAutoCommit();
            assertThat(counter.nanos()).isEqualTo(afterQuery);
        }
    }

    @Test
    void wrappedConnectionsAreEqualOnlyToThemselves() throws SQLException {
        try (Connection first = counter.dataSource().getConnection(); Connection second = counter.dataSource().getConnection()) {
            assertThat(first).isEqualTo(first).isNotEqualTo(second);
        }
    }

    private void insert(int id) {
        try (Connection connection = counter.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO ITEM VALUES (" + id + ", 'x')");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
