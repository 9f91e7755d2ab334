package dev.keyhaven.vault;

import static dev.keyhaven.vault.VaultTamperTest.assertTampered;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Credentials;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vault is one sealed whole: each way of changing its rows with sqlite3 (on a copy, with the vault
 * closed) is reported at unlock as "changed outside Keyhaven", never opened as if nothing happened.
 */
class VaultSealTest {

    @TempDir
    Path folder;

    private Path file;
    private Path olderCopy;
    private long grid;
    private long tax;
    private long archived;
    private long deleted;
    private long gridCheck;

    @BeforeEach
    void vaultWithAnOlderCopy() throws Exception {
        file = folder.resolve("keys.khvault");
        olderCopy = folder.resolve("older.khvault");
        try (Vault vault = Vault.create(file, TestKeys.password(), VaultOptions.forTests())) {
            grid = vault.add(TestKeys.draft("grid")).record().id();
            tax = vault.add(TestKeys.draft("tax")).record().id();
            archived = vault.add(TestKeys.draft("old bot")).record().id();
            deleted = vault.add(TestKeys.draft("gone")).record().id();
            vault.recordHistory(grid, note("first check"));
            vault.backups().now("manual");
            Files.copy(file, olderCopy);

            vault.update(grid, new KeyDraft("grid", Purpose.TRADING, dev.keyhaven.okx.Environment.LIVE,
                    dev.keyhaven.okx.Region.EEA, null, "notes", 90, TestKeys.credentials("apikey-grid2",
                    "secretkey-grid2", "passphrase-grid2")));
            vault.archive(archived, null);
            vault.delete(deleted);
            vault.setChecklistDone(tax, Set.of("ip-allowlist"));
            vault.recordHistory(grid, note("second check"));
            gridCheck = 2;
        }
        try (Vault intact = open(file)) {
            assertThat(intact.keys()).extracting(KeyRecord::label).containsExactly("grid", "tax");
        }
    }

    @Test
    @Tag("mutation-redundant")
    void aDeletedKeyRowIsReported() throws Exception {
        assertReported("DELETE FROM keys WHERE id = " + tax);
    }

    @Test
    @Tag("mutation-redundant")
    void aDeletedHistoryRowIsReported() throws Exception {
        assertReported("DELETE FROM history WHERE id = " + gridCheck);
    }

    @Test
    @Tag("mutation-redundant")
    void anArchivedKeyBroughtBackFromAnOlderCopyIsReported() throws Exception {
        assertReported("DELETE FROM keys WHERE id = " + archived,
                "INSERT INTO keys SELECT * FROM older.keys WHERE id = " + archived);
    }

    @Test
    @Tag("mutation-redundant")
    void aDeletedKeyReinsertedFromAnOlderCopyIsReported() throws Exception {
        assertReported("INSERT INTO keys SELECT * FROM older.keys WHERE id = " + deleted);
    }

    @Test
    void oneFieldRolledBackToAnOlderCopysIsReported() throws Exception {
        assertReported("UPDATE keys SET secret_key = (SELECT secret_key FROM older.keys WHERE id = " + grid
                + ") WHERE id = " + grid);
    }

    @Test
    @Tag("mutation-redundant")
    void checklistTicksRolledBackAreReported() throws Exception {
        assertReported("UPDATE keys SET metadata = (SELECT metadata FROM older.keys WHERE id = " + tax
                + ") WHERE id = " + tax);
    }

    @Test
    @Tag("mutation-redundant")
    void twoKeysSecretFieldsSwappedAreReported() throws Exception {
        Path copy = tamperedCopy();
        try (RawVaultFile raw = new RawVaultFile(copy)) {
            byte[] gridSecret = raw.blob("keys", "secret_key", grid);
            raw.setBlob("keys", "secret_key", grid, raw.blob("keys", "secret_key", tax));
            raw.setBlob("keys", "secret_key", tax, gridSecret);
        }
        assertTampered(() -> open(copy).close(), "secret keys swapped");
    }

    @Test
    void aChangedGenerationIsReported() throws Exception {
        assertReported("UPDATE vault_seal SET generation = generation + 1");
        assertReported("UPDATE vault_seal SET generation = generation - 1");
    }

    @Test
    @Tag("mutation-redundant")
    void aSealRolledBackWithTheRowsItCoveredStillMissesTheNewerRows() throws Exception {
        assertReported("UPDATE vault_seal SET generation = (SELECT generation FROM older.vault_seal),"
                + " seal = (SELECT seal FROM older.vault_seal)");
    }

    @Test
    @Tag("mutation-redundant")
    void aDeletedSealIsReported() throws Exception {
        assertReported("DELETE FROM vault_seal");
    }

    @Test
    void theReportOffersTheNewestBackupWhoseSealVerifiesAndLeavesItUnused() throws Exception {
        try (Vault vault = open(file)) {
            vault.backups().now("manual");
        }
        Backup newest = VaultFile.backups(file).get(0);
        try (RawVaultFile raw = new RawVaultFile(newest.file())) {
            raw.execute("DELETE FROM history WHERE id = 1");
        }
        try (RawVaultFile raw = new RawVaultFile(file)) {
            raw.execute("DELETE FROM history WHERE id = " + gridCheck);
        }
        byte[] before = Files.readAllBytes(file);
        VaultException reported = null;
        try {
            open(file).close();
        } catch (VaultException e) {
            reported = e;
        }
        assertThat(reported).isNotNull();
        assertThat(reported.reason()).isEqualTo(VaultException.Reason.TAMPERED);
        assertThat(reported.getMessage()).contains("newest intact backup").contains("rotate your OKX keys");
        assertThat(reported.newestGoodBackup()).as("the newest backup was changed too: the one before it")
                .contains(VaultFile.backups(file).get(1).file());
        assertThat(Files.readAllBytes(file)).as("nothing was restored on its own").isEqualTo(before);
    }

    @Test
    @Tag("mutation-redundant")
    void writesKeepTheSealSoTheNextUnlockVerifies() throws Exception {
        try (Vault vault = open(file)) {
            long added = vault.add(TestKeys.draft("new")).record().id();
            vault.recordHistory(added, note("checked"));
            vault.replace(added, TestKeys.draft("newer"), "new (old)", note("rotated"), note("rotated in"));
            vault.archiveWithNote(tax, note("revoked"));
            vault.delete(grid);
        }
        try (Vault vault = open(file); Credentials credentials = vault.credentials(vault.keys().get(0).id())) {
            assertThat(credentials.apiKey().reveal()).isEqualTo("apikey-newer");
        }
    }

    private void assertReported(String... tampering) throws Exception {
        Path copy = tamperedCopy(tampering);
        assertTampered(() -> open(copy).close(), String.join("; ", tampering));
    }

    private Path tamperedCopy(String... tampering) throws Exception {
        Path copy = Files.createTempDirectory(folder, "copy").resolve("keys.khvault");
        Files.copy(file, copy);
        try (RawVaultFile raw = new RawVaultFile(copy)) {
            raw.execute("ATTACH DATABASE '" + olderCopy + "' AS older");
            for (String sql : tampering) {
                raw.execute(sql);
            }
        }
        return copy;
    }

    private static Vault open(Path path) throws VaultException {
        return Vault.open(path, TestKeys.password(), VaultOptions.forTests());
    }

    private static HistoryEntry note(String summary) {
        return new HistoryEntry(Instant.EPOCH, HistoryEntry.Kind.CHECK, HistoryEntry.Outcome.OK, summary, true, null,
                null, null, null, null);
    }
}
