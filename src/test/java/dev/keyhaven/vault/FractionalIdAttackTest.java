package dev.keyhaven.vault;

import static dev.keyhaven.vault.VaultTamperTest.assertTampered;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An outside attack on format 3: the seal reads whole-number columns as longs, so a row stored under the
 * ids 2, 2.25, 2.5 and 2.75 has key 2's tag four times, and equal tags cancel out. A keys table rebuilt with
 * {@code PRIMARY KEY DESC} or {@code WITHOUT ROWID} (whose id is not the row id) took a deleted key back,
 * and {@code run} handed it to a bot; a history entry moved to key 1.5 vanished from key 1's history.
 */
class FractionalIdAttackTest {

    private static final String KEY_COLUMNS = "created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,"
            + " metadata BLOB NOT NULL, api_key BLOB NOT NULL, secret_key BLOB NOT NULL, passphrase BLOB NOT NULL";

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("keys.khvault");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"(id INTEGER PRIMARY KEY DESC, " + KEY_COLUMNS + ")",
            "(id INTEGER PRIMARY KEY, " + KEY_COLUMNS + ") WITHOUT ROWID"})
    void aDeletedKeyPutBackUnderFourIdsThatReadAsOneIsReported(String table) throws Exception {
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
            raw.execute("CREATE TABLE rebuilt " + table);
            raw.execute("INSERT INTO rebuilt SELECT * FROM keys");
            raw.execute("DROP TABLE keys");
            raw.execute("ALTER TABLE rebuilt RENAME TO keys");
            for (String fraction : new String[] {"", " + 0.25", " + 0.5", " + 0.75"}) {
                raw.execute("INSERT INTO keys SELECT id" + fraction + ", created_at, updated_at, metadata, api_key,"
                        + " secret_key, passphrase FROM stash");
            }
            raw.execute("DROP TABLE stash");
        }
        assertTampered(() -> {
            try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
                assertThat(vault.keys()).as("the deleted key is listed again").hasSize(1);
            }
        }, "a deleted key's row put back under four ids that read as one");
    }

    @Test
    void aHistoryEntryMovedToAKeyNumberThatIsNotWholeIsReported() throws Exception {
        long id;
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            id = vault.add(TestKeys.draft("grid")).record().id();
            vault.recordHistory(id, VaultFileFixture.entry(HistoryEntry.Kind.HANDOUT, HistoryEntry.Outcome.OK,
                    "Handed to a bot", false));
        }
        try (RawVaultFile raw = new RawVaultFile(file())) {
            raw.execute("UPDATE history SET key_id = key_id + 0.5");
        }
        assertTampered(() -> Vault.open(file(), TestKeys.password(), VaultOptions.forTests()).close(),
                "a hand-out moved to key " + id + ".5");
    }

    @Test
    void aDateThatIsNotAWholeNumberIsReported() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("grid"));
        }
        try (RawVaultFile raw = new RawVaultFile(file())) {
            raw.execute("UPDATE keys SET updated_at = updated_at + 0.5");
        }
        assertTampered(() -> Vault.open(file(), TestKeys.password(), VaultOptions.forTests()).close(),
                "a key's date with half a millisecond");
    }

    @Test
    void aVaultWithManyChangesStillOpens() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            long first = vault.add(TestKeys.draft("first")).record().id();
            vault.add(TestKeys.draft("second"));
            vault.recordHistory(first, VaultFileFixture.entry(HistoryEntry.Kind.HANDOUT, HistoryEntry.Outcome.OK,
                    "Handed to a bot", false));
            vault.delete(first);
            vault.add(TestKeys.draft("third"));
        }
        try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
            assertThat(vault.keys()).extracting(KeyRecord::label).containsExactlyInAnyOrder("second", "third");
        }
    }
}
