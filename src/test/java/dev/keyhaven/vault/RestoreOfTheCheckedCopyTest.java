package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restore renames into place the very copy it checked (review 29 #5): a backup swapped for another file after it
 * was checked, or a copy changed after its checks, never becomes the vault; a copy damaged while it is prepared is a
 * refusal of the backup, never the vault's damage (which alone restores a backup as it is).
 */
class RestoreOfTheCheckedCopyTest {

    @TempDir
    Path folder;

    private long gridbot;

    private Path file() {
        return folder.resolve("vault.keyhaven");
    }

    private Vault open() throws VaultException {
        return Vault.open(file(), TestKeys.password(), VaultOptions.forTests());
    }

    /** Gridbot and Spot, a backup of both; with {@code okxSaidSince}, OKX's 50111 for Gridbot after it. */
    private Backup vaultWithABackup(boolean okxSaidSince) throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            gridbot = vault.add(TestKeys.draft("Gridbot")).record().id();
            vault.add(TestKeys.draft("Spot"));
            Backup backup = vault.backups().now("manual");
            if (okxSaidSince) {
                vault.recordHistory(gridbot, BackupGoneOnOkxTest.check(Instant.now().plusSeconds(60), "KEY_NOT_FOUND"));
            }
            return backup;
        }
    }

    /** {@code backup} with Gridbot deleted outside Keyhaven: sound SQLite, but its rows no longer match its seal. */
    private Path editedCopyOf(Backup backup) throws Exception {
        Path edited = folder.resolve("edited.khbackup");
        Files.copy(backup.file(), edited);
        try (RawVaultFile raw = new RawVaultFile(edited)) {
            raw.execute("DELETE FROM history WHERE key_id = " + gridbot);
            raw.execute("DELETE FROM keys WHERE id = " + gridbot);
        }
        return edited;
    }

    private static void breakTheFirstPage(Path file) throws java.io.IOException {
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.write("Not SQLite at all".getBytes(StandardCharsets.US_ASCII));
        }
    }

    @Test
    void aBackupSwappedForAnEditedFileAfterItWasCheckedIsNotWhatBecomesTheVault() throws Exception {
        Backup backup = vaultWithABackup(false);
        byte[] checked = Files.readAllBytes(backup.file());
        PreparedRestore prepared;
        try (Vault vault = open()) {
            prepared = vault.backups().prepareRestore(backup);
        }
        assertThat(prepared.refusal()).isEmpty();

        Files.move(editedCopyOf(backup), backup.file(), StandardCopyOption.REPLACE_EXISTING);
        try (prepared) {
            VaultFile.restore(file(), prepared, VaultOptions.forTests());
        }

        assertThat(Files.readAllBytes(file())).as("the copy that was checked").isEqualTo(checked);
        try (Vault restored = open()) {
            assertThat(restored.keys()).extracting(KeyRecord::label).containsExactlyInAnyOrder("Gridbot", "Spot");
        }
        assertThat(RestoreCopies.all(file())).isEmpty();
    }

    @Test
    void aCopyChangedAfterItsChecksIsNotRestored() throws Exception {
        Backup backup = vaultWithABackup(true);
        PreparedRestore prepared;
        try (Vault vault = open()) {
            prepared = vault.backups().prepareRestore(backup);
        }
        assertThat(prepared.carried()).containsExactly("Gridbot");
        Files.copy(editedCopyOf(backup), prepared.copy().orElseThrow(), StandardCopyOption.REPLACE_EXISTING);
        byte[] before = Files.readAllBytes(file());

        try (prepared) {
            assertThatThrownBy(() -> VaultFile.restore(file(), prepared, VaultOptions.forTests()))
                    .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e).hasMessage("Another program on"
                            + " this computer changed the copy of the backup from " + Problems.describe(backup.createdAt())
                            + " that Keyhaven made for this restore, after Keyhaven checked it: nothing was restored."
                            + " Check this computer for malware, then restore the backup again."));
        }

        assertThat(Files.readAllBytes(file())).as("the vault was not replaced").isEqualTo(before);
        assertThat(RestoreCopies.all(file())).isEmpty();
    }

    @Test
    void aCopyDamagedWhileWhatOkxSaidIsCarriedIntoItIsARefusalNotTheVaultsDamage() throws Exception {
        Backup backup = vaultWithABackup(true);

        PreparedRestore prepared;
        try (Vault vault = open()) {
            prepared = vault.backups().prepareRestore(backup, RestoreOfTheCheckedCopyTest::breakTheFirstPage);
        }

        assertThat(prepared.refusal()).hasValueSatisfying(sentence -> assertThat(sentence)
                .startsWith("The backup from " + Problems.describe(backup.createdAt()) + " cannot be restored:"));
        assertThat(RestoreCopies.all(file())).isEmpty();
    }

    @Test
    void aCopyDamagedAfterItsComparisonIsRefusedWhenNothingIsCarriedIntoIt() throws Exception {
        Backup backup = vaultWithABackup(false);
        byte[] before = Files.readAllBytes(file());

        PreparedRestore prepared;
        try (Vault vault = open()) {
            prepared = vault.backups().prepareRestore(backup, RestoreOfTheCheckedCopyTest::breakTheFirstPage);
        }

        assertThat(prepared.refusal()).isPresent();
        assertThat(RestoreCopies.all(file())).isEmpty();
        try (prepared) {
            assertThatThrownBy(() -> VaultFile.restore(file(), prepared, VaultOptions.forTests()))
                    .isInstanceOf(VaultException.class);
        }
        assertThat(Files.readAllBytes(file())).as("the vault was not replaced").isEqualTo(before);
    }
}
