package dev.keyhaven.vault;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Direct SQL on a vault file, bypassing the vault: how tests play disk damage and tampering. */
final class RawVaultFile implements AutoCloseable {

    private final Connection connection;

    RawVaultFile(Path file) throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        // Tampering needs no durability; skipping fsync keeps byte-by-byte loops fast.
        execute("PRAGMA synchronous = OFF");
    }

    Connection connection() {
        return connection;
    }

    byte[] blob(String table, String column, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + column + " FROM " + table + " WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalArgumentException("no row " + id + " in " + table);
                }
                return row.getBytes(1);
            }
        }
    }

    void setBlob(String table, String column, long id, byte[] value) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + table + " SET " + column + " = ? WHERE id = ?")) {
            update.setBytes(1, value);
            update.setLong(2, id);
            if (update.executeUpdate() != 1) {
                throw new IllegalArgumentException("no row " + id + " in " + table);
            }
        }
    }

    void execute(String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    long queryLong(String sql) throws SQLException {
        try (var statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getLong(1) : -1;
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
