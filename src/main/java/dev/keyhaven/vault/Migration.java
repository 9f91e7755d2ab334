package dev.keyhaven.vault;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One step of the vault's file format, from {@code version - 1} to {@code version}. Steps run inside
 * the transaction that also sets {@code user_version}, so a failed step leaves the file as it was.
 */
record Migration(int version, String description, Step step) {

    @FunctionalInterface
    interface Step {
        void apply(Connection connection) throws SQLException;
    }
}
