package dev.keyhaven.vault;

import static dev.keyhaven.vault.VaultTamperTest.assertTampered;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An outside attack on format 3: row tags are combined so that two equal rows cancel out, so a table
 * rebuilt without its primary key could take a deleted key's old row twice and the seal still matched.
 * The key came back in the list, and a bot was handed its credentials.
 */
class DeletedKeyComesBackTest {

    private static final String KEY_COLUMNS = "id INTEGER, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,"
            + " metadata BLOB NOT NULL, api_key BLOB NOT NULL, secret_key BLOB NOT NULL, passphrase BLOB NOT NULL";

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("keys.khvault");
    }

    @Test
    void aDeletedKeysRowPutBackTwiceIntoAKeysTableWithoutItsPrimaryKeyIsReported() throws Exception {
        long compromised;
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("keep me"));
            compromised = vault.add(TestKeys.draft("compromised")).record().id();
        }
        try (RawVaultFile raw = new RawVaultFile(file())) {
            raw.execute("CREATE TABLE stash AS SELECT * FROM keys WHERE id = " + compromised);
        }
        try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
            vault.delete(compromised);
        }
        try (RawVaultFile raw = new RawVaultFile(file())) {
            raw.execute("CREATE TABLE loose_keys (" + KEY_COLUMNS + ")");
            raw.execute("INSERT INTO loose_keys SELECT * FROM keys");
            raw.execute("DROP TABLE keys");
            raw.execute("ALTER TABLE loose_keys RENAME TO keys");
            raw.execute("INSERT INTO keys SELECT * FROM stash");
            raw.execute("INSERT INTO keys SELECT * FROM stash");
            raw.execute("DROP TABLE stash");
        }
        assertTampered(() -> {
            try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
                assertThat(vault.keys()).as("the deleted key is listed again").hasSize(1);
            }
        }, "a deleted key's row put back twice");
    }

    @Test
    void aKeysTableRebuiltWithoutItsPrimaryKeyIsReportedEvenWithEveryRowOnce() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("grid"));
        }
        try (RawVaultFile raw = new RawVaultFile(file())) {
            raw.execute("CREATE TABLE loose_keys (" + KEY_COLUMNS + ")");
            raw.execute("INSERT INTO loose_keys SELECT * FROM keys");
            raw.execute("DROP TABLE keys");
            raw.execute("ALTER TABLE loose_keys RENAME TO keys");
        }
        assertTampered(() -> Vault.open(file(), TestKeys.password(), VaultOptions.forTests()).close(),
                "a keys table without its primary key");
    }

    @Test
    void aHistoryTableKeyedByAnotherColumnIsReported() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("grid"));
        }
        try (RawVaultFile raw = new RawVaultFile(file())) {
            raw.execute("CREATE TABLE loose_history (id INTEGER, key_id INTEGER NOT NULL,"
                    + " recorded_at INTEGER PRIMARY KEY, entry BLOB NOT NULL)");
            raw.execute("INSERT INTO loose_history SELECT * FROM history");
            raw.execute("DROP TABLE history");
            raw.execute("ALTER TABLE loose_history RENAME TO history");
        }
        assertTampered(() -> Vault.open(file(), TestKeys.password(), VaultOptions.forTests()).close(),
                "a history table keyed by another column");
    }

    @Test
    void aTableWithATextIdAsItsKeyIsReported() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("grid"));
        }
        try (RawVaultFile raw = new RawVaultFile(file())) {
            raw.execute("CREATE TABLE loose_keys (" + KEY_COLUMNS.replace("id INTEGER", "id TEXT PRIMARY KEY") + ")");
            raw.execute("INSERT INTO loose_keys SELECT * FROM keys");
            raw.execute("DROP TABLE keys");
            raw.execute("ALTER TABLE loose_keys RENAME TO keys");
        }
        assertTampered(() -> Vault.open(file(), TestKeys.password(), VaultOptions.forTests()).close(),
                "a keys table keyed by a text id");
    }

    @Test
    void aKeysTableKeyedByTheIdAndAnotherColumnIsReported() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("grid"));
        }
        try (RawVaultFile raw = new RawVaultFile(file())) {
            // (id, updated_at) is unique while one id may hold two rows.
            raw.execute("CREATE TABLE loose_keys (" + KEY_COLUMNS + ", PRIMARY KEY (id, updated_at))");
            raw.execute("INSERT INTO loose_keys SELECT * FROM keys");
            raw.execute("DROP TABLE keys");
            raw.execute("ALTER TABLE loose_keys RENAME TO keys");
        }
        assertTampered(() -> Vault.open(file(), TestKeys.password(), VaultOptions.forTests()).close(),
                "a keys table keyed by the id and another column");
    }

    @Test
    void keyhavensOwnTablesOpenAsTheyAre() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("grid"));
        }
        try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
            assertThat(vault.keys()).hasSize(1);
        }
    }
}
