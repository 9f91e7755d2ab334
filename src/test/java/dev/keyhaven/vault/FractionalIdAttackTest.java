package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An outside attack on format 3: the seal reads whole-number columns as longs, so a row stored under the
 * ids 2, 2.25, 2.5 and 2.75 has key 2's tag four times, and equal tags cancel out. A keys table rebuilt with
 * {@code PRIMARY KEY DESC} or {@code WITHOUT ROWID} (whose id is not the row id) took a deleted key back,
 * and {@code run} handed it to a bot; a history entry moved to key 1.5 vanished from key 1's history.
 */
class FractionalIdAttackTest extends TableAttackFixture {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"(id INTEGER PRIMARY KEY DESC, " + KEY_COLUMNS + ")",
            "(id INTEGER PRIMARY KEY, " + KEY_COLUMNS + ") WITHOUT ROWID"})
    void aDeletedKeyPutBackUnderFourIdsThatReadAsOneIsReported(String table) throws Exception {
        vaultWithADeletedKeyStashed();
        try (RawVaultFile raw = new RawVaultFile(file())) {
            rebuild(raw, "keys", table);
            for (String fraction : new String[] {"", " + 0.25", " + 0.5", " + 0.75"}) {
                raw.execute("INSERT INTO keys SELECT id" + fraction + ", created_at, updated_at, metadata, api_key,"
                        + " secret_key, passphrase FROM stash");
            }
            raw.execute("DROP TABLE stash");
        }
        assertTheDeletedKeyStaysGone("a deleted key's row put back under four ids that read as one");
    }

    @Test
    @Tag("mutation-redundant")
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
        assertOpenIsTampered("a hand-out moved to key " + id + ".5");
    }

    @Test
    void aDateThatIsNotAWholeNumberIsReported() throws Exception {
        vaultWithOneKey();
        try (RawVaultFile raw = new RawVaultFile(file())) {
            raw.execute("UPDATE keys SET updated_at = updated_at + 0.5");
        }
        assertOpenIsTampered("a key's date with half a millisecond");
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
