package dev.keyhaven.vault;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;

/**
 * The vault's file format as a list of migrations; a file's {@code user_version} says how many ran.
 * Plain columns hold record ids and row times only: everything else is an AES-GCM blob.
 */
record Schema(List<Migration> migrations) {

    /** The first format whose rows are sealed ({@link VaultSeal}) and whose values are padded. */
    static final int SEALED_FROM = 2;
    /**
     * The first format whose header (layout 2) names {@link #SEALED_FROM} in the data key's associated
     * data, so that a file set back to a format before seals is refused even with no row left to show it.
     */
    static final int HEADER_NAMES_SEAL = 3;

    Schema {
        migrations = migrations.stream().sorted(Comparator.comparingInt(Migration::version)).toList();
        for (int i = 0; i < migrations.size(); i++) {
            if (migrations.get(i).version() != i + 1) {
                throw new IllegalArgumentException("Migrations must number 1, 2, 3... without gaps");
            }
        }
    }

    static Schema current() {
        return new Schema(List.of(new Migration(1, "keys, history and the header", Schema::createVersion1),
                // The vault re-encrypts the values padded and seals them in the same transaction.
                new Migration(SEALED_FROM, "the seal; padded values", VaultSeal::createTable),
                // No table changes: the format update writes the header again, bound, in the same transaction.
                new Migration(HEADER_NAMES_SEAL, "the header names the sealed format", connection -> { }, true)));
    }

    /** This schema and one more step after it (tests of the format update). */
    Schema plus(String description, Migration.Step step) {
        List<Migration> more = new java.util.ArrayList<>(migrations);
        more.add(new Migration(migrations.size() + 1, description, step));
        return new Schema(more);
    }

    /** This schema and one more step after it that changes only the header (tests of old backups). */
    Schema plusHeaderOnly(String description) {
        List<Migration> more = new java.util.ArrayList<>(migrations);
        more.add(new Migration(migrations.size() + 1, description, connection -> { }, true));
        return new Schema(more);
    }

    /** True when every step after {@code fromVersion} up to {@code toVersion} changes the header only. */
    boolean headerOnlyBetween(int fromVersion, int toVersion) {
        return migrations.stream().filter(m -> m.version() > fromVersion && m.version() <= toVersion)
                .allMatch(Migration::headerOnly);
    }

    int latestVersion() {
        return migrations.size();
    }

    /** What a header written for this schema's latest format names as its first sealed format (0: none). */
    int headerSealedFrom() {
        return latestVersion() >= HEADER_NAMES_SEAL ? SEALED_FROM : 0;
    }

    /** Runs every step after {@code fromVersion} in the caller's transaction and sets {@code user_version}. */
    void migrate(Connection connection, int fromVersion) throws SQLException {
        migrate(connection, fromVersion, latestVersion());
    }

    /** As {@link #migrate(Connection, int)}, up to {@code toVersion} only. */
    void migrate(Connection connection, int fromVersion, int toVersion) throws SQLException {
        for (Migration migration : migrations) {
            if (migration.version() > fromVersion && migration.version() <= toVersion) {
                migration.step().apply(connection);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA user_version = " + migration.version());
                }
            }
        }
    }

    private static void createVersion1(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE vault_header ("
                    + " id INTEGER PRIMARY KEY CHECK (id = 1),"
                    + " header BLOB NOT NULL)");
            statement.execute("CREATE TABLE keys ("
                    + " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                    + " created_at INTEGER NOT NULL,"
                    + " updated_at INTEGER NOT NULL,"
                    + " metadata BLOB NOT NULL,"
                    + " api_key BLOB NOT NULL,"
                    + " secret_key BLOB NOT NULL,"
                    + " passphrase BLOB NOT NULL)");
            statement.execute("CREATE TABLE history ("
                    + " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                    + " key_id INTEGER NOT NULL REFERENCES keys (id) ON DELETE CASCADE,"
                    + " recorded_at INTEGER NOT NULL,"
                    + " entry BLOB NOT NULL)");
            statement.execute("CREATE INDEX history_by_key ON history (key_id)");
        }
    }
}
