package dev.keyhaven.vault;

import static dev.keyhaven.vault.VaultTamperTest.assertTampered;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the attacks on the vault's tables share: a vault with a key, a deleted key whose row an attacker
 * stashed first, a table rebuilt by hand, and the open that must report it.
 */
abstract class TableAttackFixture extends VaultFileFixture {

    static final String KEY_COLUMNS = "created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,"
            + " metadata BLOB NOT NULL, api_key BLOB NOT NULL, secret_key BLOB NOT NULL, passphrase BLOB NOT NULL";

    /** A vault holding the one key "grid"; its id. */
    long vaultWithOneKey() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            return vault.add(TestKeys.draft("grid")).record().id();
        }
    }

    /** "keep me" and "compromised", whose row is copied into the table {@code stash} before it is deleted; its id. */
    long vaultWithADeletedKeyStashed() throws Exception {
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
        return compromised;
    }

    /** Rebuilds {@code table} as {@code definition} (what follows CREATE TABLE's name), keeping its rows. */
    static void rebuild(RawVaultFile raw, String table, String definition) throws Exception {
        raw.execute("CREATE TABLE rebuilt " + definition);
        raw.execute("INSERT INTO rebuilt SELECT * FROM " + table);
        raw.execute("DROP TABLE " + table);
        raw.execute("ALTER TABLE rebuilt RENAME TO " + table);
    }

    void assertOpenIsTampered(String what) {
        assertTampered(() -> Vault.open(file(), TestKeys.password(), VaultOptions.forTests()).close(), what);
    }

    /** The deleted key is not listed again: the open is refused as a change outside Keyhaven. */
    void assertTheDeletedKeyStaysGone(String what) {
        assertTampered(() -> {
            try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
                assertThat(vault.keys()).as("the deleted key is listed again").hasSize(1);
            }
        }, what);
    }
}
