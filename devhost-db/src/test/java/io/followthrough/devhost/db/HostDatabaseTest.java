// Tests that the host database opens HSQLDB files and PostgreSQL, keeps data across restarts and refuses other URLs.
package io.followthrough.devhost.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void withoutAUrlItOpensAnHsqldbFileDatabaseUnderTheDataDirectory() throws SQLException {
        try (HostDatabase database = HostDatabase.open(null, dataDir)) {
            assertThat(database.kind()).isEqualTo(HostDatabase.Kind.HSQLDB);
            assertThat(database.jdbcUrl()).startsWith("jdbc:hsqldb:file:" + dataDir.resolve("db").toAbsolutePath());
            assertThat(queryOne(database, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SYSTEM_USERS")).isNotNull();
        }
        assertThat(dataDir.resolve("db").resolve("devhost.script")).exists();
    }

    @Test
    void dataInTheDefaultDatabaseSurvivesARestart() throws SQLException {
        try (HostDatabase database = HostDatabase.open(null, dataDir)) {
            execute(database, "CREATE TABLE KEPT (VAL VARCHAR(20))");
            execute(database, "INSERT INTO KEPT VALUES ('still here')");
        }
        try (HostDatabase reopened = HostDatabase.open(null, dataDir)) {
            assertThat(queryOne(reopened, "SELECT VAL FROM KEPT")).isEqualTo("still here");
        }
    }

    @Test
    void aPostgresqlUrlWithUserAndPasswordInItsQueryOpensPostgresql() throws SQLException {
        try (HostDatabase database = HostDatabase.open(TestDatabases.postgresUrl("postgres"), dataDir)) {
            assertThat(database.kind()).isEqualTo(HostDatabase.Kind.POSTGRESQL);
            assertThat(queryOne(database, "SELECT current_user")).isEqualTo("postgres");
        }
    }

    @Test
    void inMemoryDatabasesWithDifferentNamesAreSeparate() throws SQLException {
        try (HostDatabase first = HostDatabase.inMemory("first"); HostDatabase second = HostDatabase.inMemory("second")) {
            execute(first, "CREATE TABLE ONLY_IN_FIRST (ID INT)");
            assertThatThrownBy(() -> execute(second, "SELECT * FROM ONLY_IN_FIRST")).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void anUnsupportedUrlIsRefusedWithoutRepeatingItsCredentials() {
        assertThatThrownBy(() -> HostDatabase.open("jdbc:mysql://db.example/app?user=app&password=secret", dataDir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:mysql:")
                .hasMessageContaining("jdbc:postgresql://")
                .hasMessageNotContaining("secret");
    }

    private static void execute(HostDatabase database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Object queryOne(HostDatabase database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            assertThat(row.next()).isTrue();
            return row.getObject(1);
        }
    }
}
