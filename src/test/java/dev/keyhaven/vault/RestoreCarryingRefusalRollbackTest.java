package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restore that carries OKX's newer refusal into the backup is a newer vault than the backup it came from: if the
 * plain backup file is later put in the vault's place by hand, Keyhaven warns of an older copy, as it would have had
 * the restore not carried anything (rollback detection survives a carrying restore).
 */
class RestoreCarryingRefusalRollbackTest {

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("vault").resolve("keys.khvault");
    }

    private VaultOptions options() {
        return VaultOptions.forTests().withGenerationMemory(folder.resolve("config"));
    }

    @Test
    void thePlainBackupPutBackByHandAfterACarryingRestoreIsAnOlderCopy() throws Exception {
        Backup backup;
        PreparedRestore prepared;
        try (Vault vault = Vault.create(file(), TestKeys.password(), options())) {
            long gridbot = vault.add(TestKeys.draft("Gridbot")).record().id();
            backup = vault.backups().now("manual");
            vault.recordHistory(gridbot, BackupGoneOnOkxTest.check(backup.createdAt().plusSeconds(60), "KEY_NOT_FOUND"));
            vault.archive(gridbot, null);
            prepared = vault.backups().prepareRestore(backup);
        }
        assertThat(prepared.carried()).containsExactly("Gridbot");
        Path plain = folder.resolve("plain-backup.khvault");
        Files.copy(backup.file(), plain);
        try (prepared) {
            VaultFile.restore(file(), prepared, options());
        }
        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            assertThat(vault.olderCopyWarning()).as("Keyhaven's own restore").isEmpty();
        }

        Files.copy(plain, file(), StandardCopyOption.REPLACE_EXISTING);

        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            assertThat(vault.olderCopyWarning()).hasValueSatisfying(warning -> assertThat(warning)
                    .contains("older than the one Keyhaven last saw"));
        }
    }
}
