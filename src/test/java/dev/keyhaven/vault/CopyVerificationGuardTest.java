package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.vault.VaultException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each check a fresh backup must pass before it is kept, reached one at a time: a copy of a real vault is
 * changed in exactly one way (with sqlite, as a faulty disk or a copy of the wrong file would) and checked
 * against the vault with its real key.
 */
class CopyVerificationGuardTest {

    @TempDir
    Path folder;

    private Path vaultFile;
    private Path copyFile;
    private long keyId;

    @BeforeEach
    void vaultWithAKeyAndHistory() throws Exception {
        vaultFile = folder.resolve("keys.khvault");
        copyFile = folder.resolve("copy.khvault");
        try (Vault vault = Vault.create(vaultFile, TestKeys.password(), VaultOptions.forTests())) {
            keyId = vault.add(TestKeys.draft("bot")).record().id();
            long other = vault.add(TestKeys.draft("other bot")).record().id();
            vault.recordHistory(keyId, note());
            vault.recordHistory(keyId, note());
            vault.recordHistory(other, note());
        }
        Files.copy(vaultFile, copyFile);
    }

    @Test
    @Tag("mutation-redundant")
    void anUnchangedCopyPasses() throws Exception {
        try (RawVaultFile raw = new RawVaultFile(vaultFile)) {
            assertThat(raw.queryLong("SELECT count(*) FROM history")).as("history rows to count").isPositive();
        }
        assertThatCode(() -> verify(Schema.current().latestVersion())).doesNotThrowAnyException();
    }

    @Test
    @Tag("mutation-redundant")
    void aCopyOfAnotherKindOfFileIsNotKept() throws Exception {
        edit("PRAGMA application_id = 7");
        assertNotVerified("it does not open as this vault");
    }

    @Test
    void aCopyOfAnotherFormatIsNotKept() throws Exception {
        edit("PRAGMA user_version = 1");
        assertNotVerified("it does not open as this vault");
    }

    @Test
    void aCopyWithAnotherHeaderIsNotKept() throws Exception {
        try (RawVaultFile raw = new RawVaultFile(copyFile)) {
            byte[] header = raw.blob("vault_header", "header", 1);
            header[header.length - 1] ^= 1;
            raw.setBlob("vault_header", "header", 1, header);
        }
        assertNotVerified("its header differs from the vault's");
    }

    @Test
    @Tag("mutation-redundant")
    void aCopyMissingAKeyIsNotKept() throws Exception {
        edit("DELETE FROM keys WHERE id = " + keyId);
        assertNotVerified("it holds other keys than the vault");
    }

    @Test
    void aCopyWithMoreHistoryThanTheVaultIsNotKeptButLessIsFine() throws Exception {
        // A command beside the writer may add history during the copy: the copy may hold less, never more.
        edit("INSERT INTO history (key_id, recorded_at, entry) SELECT key_id, recorded_at, entry FROM history LIMIT 1");
        assertNotVerified("it holds other keys than the vault");
    }

    @Test
    void aCopyWithLessHistoryThanTheVaultIsChecked() throws Exception {
        try (RawVaultFile raw = new RawVaultFile(vaultFile)) {
            raw.execute("INSERT INTO history (key_id, recorded_at, entry) SELECT key_id, recorded_at, entry FROM history LIMIT 1");
        }
        // A command beside the writer added a row after the copy was made: the copy is still complete.
        assertThatCode(() -> verify(Schema.current().latestVersion())).doesNotThrowAnyException();
    }

    @Test
    @Tag("mutation-redundant")
    void aCopyWithAValueThatDoesNotDecryptIsDamage() throws Exception {
        try (RawVaultFile raw = new RawVaultFile(copyFile)) {
            byte[] apiKey = raw.blob("keys", "api_key", keyId);
            apiKey[apiKey.length - 1] ^= 1;
            raw.setBlob("keys", "api_key", keyId, apiKey);
        }
        assertThatThrownBy(() -> verify(Schema.current().latestVersion()))
                .isInstanceOfSatisfying(VaultException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.DAMAGED);
                    assertThat(e.getMessage()).contains("api key of key " + keyId);
                });
    }

    @Test
    void aSealedFormatsCopyMustMatchItsSeal() throws Exception {
        editSeal();
        assertNotVerified("its seal does not match: its seal or its generation was changed");
    }

    @Test
    void theFirstSealedFormatsCopyMustMatchItsSealToo() throws Exception {
        editSeal();
        edit("PRAGMA user_version = " + Schema.SEALED_FROM);
        assertThatThrownBy(() -> verify(Schema.SEALED_FROM)).isInstanceOfSatisfying(VaultException.class,
                e -> assertThat(e.getMessage()).contains("its seal does not match"));
    }

    @Test
    void aCopyThatSqliteFindsBrokenIsNotKept() throws Exception {
        // Rows that break a constraint of their table: what quick_check reports of a page a faulty disk changed.
        try (RawVaultFile raw = new RawVaultFile(copyFile)) {
            raw.execute("ALTER TABLE keys ADD COLUMN extra INTEGER");
            raw.execute("PRAGMA writable_schema = ON");
            raw.execute("UPDATE sqlite_master SET sql = replace(sql, 'extra INTEGER', 'extra INTEGER NOT NULL')"
                    + " WHERE name = 'keys'");
            raw.execute("PRAGMA writable_schema = OFF");
        }
        try (VaultDatabase copy = VaultDatabase.openReadOnly(copyFile)) {
            assertThat(copy.structureIsSound()).isFalse();
            assertThat(copy.count("SELECT count(*) FROM keys")).as("its rows still read").isEqualTo(2);
        }
        assertNotVerified("it does not open as this vault");
    }

    @Test
    @Tag("mutation-redundant")
    void aFormatFromBeforeSealsIsNotAskedForASeal() throws Exception {
        editSeal();
        edit("PRAGMA user_version = 1");
        assertThatCode(() -> verify(Schema.SEALED_FROM - 1)).doesNotThrowAnyException();
    }

    private static HistoryEntry note() {
        return new HistoryEntry(Instant.now(), HistoryEntry.Kind.CHANGE, HistoryEntry.Outcome.INFO, "a note", false,
                null, List.of(), null, List.of(), null);
    }

    private void editSeal() throws Exception {
        try (RawVaultFile raw = new RawVaultFile(copyFile)) {
            raw.execute("UPDATE " + VaultSeal.TABLE + " SET generation = generation + 1");
        }
    }

    private void edit(String sql) throws Exception {
        try (RawVaultFile raw = new RawVaultFile(copyFile)) {
            raw.execute(sql);
        }
    }

    private void assertNotVerified(String why) {
        assertThatThrownBy(() -> verify(Schema.current().latestVersion()))
                .isInstanceOfSatisfying(VaultException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.IO);
                    assertThat(e.getMessage()).isEqualTo("The new backup failed its check (" + why
                            + "), so it was not kept. Your vault is unchanged; try again, and check the disk if it"
                            + " keeps failing.");
                });
    }

    /** Checks the copy against the vault as {@link VaultBackups#now} does, with the vault's real key. */
    private void verify(int formatVersion) throws Exception {
        try (VaultDatabase database = VaultDatabase.openReadOnly(vaultFile);
             VaultDatabase copy = VaultDatabase.openReadOnly(copyFile)) {
            VaultHeader header = VaultHeader.decode(database.readHeader());
            byte[] dataKey = header.unwrapDataKey(TestKeys.password());
            try (ValueCipher cipher = new ValueCipher(dataKey); VaultSeal seal = new VaultSeal(dataKey, header.vaultId())) {
                CopyVerification.verify(copy, database, formatVersion, new KeyRows(cipher, header.vaultId()), seal,
                        vaultFile);
            } finally {
                Arrays.fill(dataKey, (byte) 0);
            }
        }
    }
}
