package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One backup compared with the vault as it is now (the restore question's fresh look), and what a refused
 * preparation leaves behind: nothing.
 */
class StandingNowTest {

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("vault.keyhaven");
    }

    @Test
    void oneBackupsStandingNowIsWhatTheWholeListSaysOfIt() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            Backup before = vault.backups().now("manual");
            vault.add(TestKeys.draft("Added since"));

            BackupStanding alone = vault.backups().standingNow(before).orElseThrow();
            BackupStanding listed = vault.backups().standings().stream()
                    .filter(each -> each.backup().file().equals(before.file())).findFirst().orElseThrow();

            assertThat(alone.backup().file()).isEqualTo(before.file());
            assertThat(alone.state()).isEqualTo(listed.state());
            assertThat(alone.summary(java.time.ZoneOffset.UTC)).isEqualTo(listed.summary(java.time.ZoneOffset.UTC))
                    .contains("Added since");
        }
    }

    @Test
    void aBackupGoneFromTheFolderHasNoStanding() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            Backup gone = vault.backups().now("manual");
            Files.delete(gone.file());

            assertThat(vault.backups().standingNow(gone)).isEmpty();
        }
    }

    @Test
    void aRefusedPreparationLeavesNoCopyBesideTheVault() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            Backup damaged = vault.backups().now("manual");
            byte[] bytes = Files.readAllBytes(damaged.file());
            java.util.Arrays.fill(bytes, 4096, bytes.length, (byte) 0x5A);
            Files.write(damaged.file(), bytes);

            try (PreparedRestore prepared = vault.backups().prepareRestore(damaged)) {
                assertThat(prepared.refusal()).isPresent();
            }
            assertThat(RestoreCopies.all(file())).isEmpty();
        }
    }
}
