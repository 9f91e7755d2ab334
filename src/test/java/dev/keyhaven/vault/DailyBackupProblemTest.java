package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A daily backup that cannot be made does not stop the unlock, and the vault says why until one is made. */
class DailyBackupProblemTest {

    @TempDir
    Path folder;

    @Test
    @Tag("mutation-redundant")
    void aDailyBackupThatFailsIsToldAndForgottenOnceOneIsMade() throws Exception {
        Path file = folder.resolve("keys.khvault");
        Vault.create(file, TestKeys.password(), VaultOptions.forTests()).close();
        Path backups = file.resolveSibling("keys.khvault.backups");
        Files.deleteIfExists(backups);
        Files.writeString(backups, "a file where the backups folder belongs");

        try (Vault vault = Vault.open(file, TestKeys.password(), VaultOptions.forTests())) {
            assertThat(vault.backups().problem()).hasValueSatisfying(problem -> assertThat(problem).contains("backups"));
            vault.add(TestKeys.draft("grid"));
        }

        Files.delete(backups);
        try (Vault vault = Vault.open(file, TestKeys.password(), VaultOptions.forTests())) {
            assertThat(vault.backups().problem()).isEmpty();
            assertThat(vault.keys()).extracting(KeyRecord::label).containsExactly("grid");
        }
        assertThat(VaultFile.backups(file)).singleElement().extracting(Backup::reason).isEqualTo("daily");
    }
}
