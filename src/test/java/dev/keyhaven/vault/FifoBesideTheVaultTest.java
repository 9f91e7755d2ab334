package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.keyhaven.secret.Secret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A fifo waits for a writer, forever, when it is opened. Wherever one is put among the files Keyhaven or SQLite
 * reads (beside a backup as its journal, at the vault's path, in the config folder's memory files), Keyhaven
 * answers instead of hanging with the vault held (review 28). Each case lets a stuck reader go at its end, so that
 * without the guard it fails rather than hangs.
 */
class FifoBesideTheVaultTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path folder;

    @Test
    void aFifoAsABackupsJournalIsNeverOpened() throws Exception {
        try (Vault vault = BackupStandingFixture.create(folder)) {
            vault.add(TestKeys.draft("Spot"));
            Backup real = vault.backups().now("manual");
            Path journal = real.file().resolveSibling(real.file().getFileName() + "-journal");
            Assumptions.assumeTrue(Fifos.made(journal), "mkfifo is not available here");
            try {
                assertTimeoutPreemptively(PATIENCE, () -> vault.backups().standings(),
                        "listing the backups opened the fifo beside one and waited");
                assertTimeoutPreemptively(PATIENCE, () -> vault.backups().withOldPassword(),
                        "looking for older-password backups opened the fifo beside one and waited");
            } finally {
                Fifos.releaseAnyReader(journal);
            }
        }
    }

    @Test
    void aFifoAtTheVaultsPathIsNotCopiedBeforeARestore() throws Exception {
        Path vaultFile = folder.resolve("vault.keyhaven");
        Assumptions.assumeTrue(Fifos.made(vaultFile), "mkfifo is not available here");
        try {
            assertThatThrownBy(() -> assertTimeoutPreemptively(PATIENCE,
                    () -> BackupManager.forVault(vaultFile).copyAsIs("before restore", Instant.now(), null),
                    "copying the vault before a restore read the fifo and waited"))
                    .isInstanceOf(VaultException.class);
        } finally {
            Fifos.releaseAnyReader(vaultFile);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {GenerationMemory.FILE_NAME, HeaderMemory.FILE_NAME, PathMemory.FILE_NAME})
    void aFifoInTheConfigFolderDoesNotHangTheUnlock(String memoryFile) throws Exception {
        Path vaultFile = folder.resolve("vault.keyhaven");
        Path config = folder.resolve("config");
        VaultOptions options = VaultOptions.forTests().withGenerationMemory(config);
        try (Secret password = Secret.ofString(BackupStandingFixture.PASSWORD)) {
            Vault.create(vaultFile, password, options).close();
            Path fifo = config.resolve(memoryFile);
            Files.deleteIfExists(fifo);
            Assumptions.assumeTrue(Fifos.made(fifo), "mkfifo is not available here");
            try {
                assertTimeoutPreemptively(PATIENCE, () -> Vault.open(vaultFile, password, options).close(),
                        "the unlock read " + memoryFile + " as a fifo and waited");
            } finally {
                Fifos.releaseAnyReader(fifo);
            }
        }
    }
}
