package dev.keyhaven.vault;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One step of the vault's file format, from {@code version - 1} to {@code version}. Steps run inside
 * the transaction that also sets {@code user_version}, so a failed step leaves the file as it was.
 * A {@code headerOnly} step changes no table or row: the header written with it is all that changes.
 */
record Migration(int version, String description, Step step, boolean headerOnly) {

    /** A step that changes tables or rows (re-encrypting an older backup cannot take it along). */
    Migration(int version, String description, Step step) {
        this(version, description, step, false);
    }

    @FunctionalInterface
    interface Step {
        void apply(Connection connection) throws SQLException;
    }
}
