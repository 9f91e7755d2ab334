package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An outside attack on format 3: row tags are combined so that two equal rows cancel out, so a table
 * rebuilt without its primary key could take a deleted key's old row twice and the seal still matched.
 * The key came back in the list, and a bot was handed its credentials.
 */
class DeletedKeyComesBackTest extends TableAttackFixture {

    private static final String LOOSE_KEYS = "(id INTEGER, " + KEY_COLUMNS + ")";

    @Test
    @Tag("mutation-redundant")
    void aDeletedKeysRowPutBackTwiceIntoAKeysTableWithoutItsPrimaryKeyIsReported() throws Exception {
        vaultWithADeletedKeyStashed();
        try (RawVaultFile raw = new RawVaultFile(file())) {
            rebuild(raw, "keys", LOOSE_KEYS);
            raw.execute("INSERT INTO keys SELECT * FROM stash");
            raw.execute("INSERT INTO keys SELECT * FROM stash");
            raw.execute("DROP TABLE stash");
        }
        assertTheDeletedKeyStaysGone("a deleted key's row put back twice");
    }

    @Test
    @Tag("mutation-redundant")
    void aKeysTableRebuiltWithoutItsPrimaryKeyIsReportedEvenWithEveryRowOnce() throws Exception {
        vaultWithOneKey();
        try (RawVaultFile raw = new RawVaultFile(file())) {
            rebuild(raw, "keys", LOOSE_KEYS);
        }
        assertOpenIsTampered("a keys table without its primary key");
    }

    @Test
    void aHistoryTableKeyedByAnotherColumnIsReported() throws Exception {
        vaultWithOneKey();
        try (RawVaultFile raw = new RawVaultFile(file())) {
            rebuild(raw, "history", "(id INTEGER, key_id INTEGER NOT NULL, recorded_at INTEGER PRIMARY KEY,"
                    + " entry BLOB NOT NULL)");
        }
        assertOpenIsTampered("a history table keyed by another column");
    }

    @Test
    @Tag("mutation-redundant")
    void aTableWithATextIdAsItsKeyIsReported() throws Exception {
        vaultWithOneKey();
        try (RawVaultFile raw = new RawVaultFile(file())) {
            rebuild(raw, "keys", "(id TEXT PRIMARY KEY, " + KEY_COLUMNS + ")");
        }
        assertOpenIsTampered("a keys table keyed by a text id");
    }

    @Test
    void aKeysTableKeyedByTheIdAndAnotherColumnIsReported() throws Exception {
        vaultWithOneKey();
        try (RawVaultFile raw = new RawVaultFile(file())) {
            // (id, updated_at) is unique while one id may hold two rows.
            rebuild(raw, "keys", "(id INTEGER, " + KEY_COLUMNS + ", PRIMARY KEY (id, updated_at))");
        }
        assertOpenIsTampered("a keys table keyed by the id and another column");
    }

    @Test
    @Tag("mutation-redundant")
    void keyhavensOwnTablesOpenAsTheyAre() throws Exception {
        vaultWithOneKey();
        try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
            assertThat(vault.keys()).hasSize(1);
        }
    }
}
