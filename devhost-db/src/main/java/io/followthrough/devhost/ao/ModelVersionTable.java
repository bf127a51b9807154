// Keeps each namespace's Active Objects model version in the host table DEVHOST_AO_MODEL, as Confluence keeps one per plugin.
package io.followthrough.devhost.ao;

import com.atlassian.activeobjects.external.ModelVersion;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Works on the caller's connection, so a version is stored in the same transaction as its upgrade task. */
final class ModelVersionTable {

    static final String TABLE = "DEVHOST_AO_MODEL";

    private final String namespace;

    ModelVersionTable(String namespace) {
        this.namespace = namespace;
    }

    void createIfMissing(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE
                    + " (NAMESPACE VARCHAR(255) NOT NULL PRIMARY KEY, MODEL_VERSION VARCHAR(32) NOT NULL)");
        }
    }

    /** The stored version, or version 0 when no upgrade task has run yet. */
    ModelVersion current(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT MODEL_VERSION FROM " + TABLE + " WHERE NAMESPACE = ?")) {
            query.setString(1, namespace);
            try (ResultSet row = query.executeQuery()) {
                return ModelVersion.valueOf(row.next() ? row.getString(1) : null);
            }
        }
    }

    void store(Connection connection, ModelVersion version) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + TABLE + " SET MODEL_VERSION = ? WHERE NAMESPACE = ?")) {
            update.setString(1, version.toString());
            update.setString(2, namespace);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + TABLE + " (NAMESPACE, MODEL_VERSION) VALUES (?, ?)")) {
            insert.setString(1, namespace);
            insert.setString(2, version.toString());
            insert.executeUpdate();
        }
    }
}
