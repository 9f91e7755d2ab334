package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #15: a new vault is never without a verified backup once it holds a key (the daily one comes on unlock). */
class FirstKeyBackupTest {

    @TempDir
    Path folder;

    @Test
    void theFirstKeySavedMakesAVerifiedBackupAndTheNextOnesDoNot() throws Exception {
        Path file = folder.resolve("keys.keyhaven");
        try (Vault vault = Vault.create(file, TestKeys.password(), VaultOptions.forTests())) {
            assertThat(Vault.backups(file)).isEmpty();

            vault.add(TestKeys.draft("gridbot"));
            vault.backupIfNone();

            assertThat(Vault.backups(file)).singleElement().satisfies(backup -> {
                assertThat(backup.reason()).isEqualTo("first key");
                assertThat(backup.file()).exists();
            });
            assertThat(vault.backupProblem()).isEmpty();

            vault.add(TestKeys.draft("journal"));
            vault.backupIfNone();

            assertThat(Vault.backups(file)).hasSize(1);
        }
    }
}
