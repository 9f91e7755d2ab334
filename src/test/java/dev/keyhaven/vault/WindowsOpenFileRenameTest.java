package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Windows refuses to replace or rename a file that another program holds open without delete sharing
 * (java.io's RandomAccessFile opens files that way, as SQLite, many antivirus scanners and editors do);
 * POSIX systems rename it anyway, so there is nothing to prove there.
 */
@EnabledOnOs(value = OS.WINDOWS, disabledReason = "only Windows refuses to replace a file another program holds open")
class WindowsOpenFileRenameTest {

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("keys.khvault");
    }

    @Test
    void aRestoreOverAVaultThatAnotherProgramKeepsOpenIsRefusedWithASentenceAndChangesNothing() throws Exception {
        Backup backup;
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("before"));
            backup = vault.backups().now("manual");
            vault.add(TestKeys.draft("after"));
        }
        byte[] current = Files.readAllBytes(file());

        try (RandomAccessFile otherProgram = new RandomAccessFile(file().toFile(), "r")) {
            assertThatThrownBy(() -> VaultFile.restore(file(), backup)).isInstanceOfSatisfying(VaultException.class, e -> {
                assertThat(e.reason()).isEqualTo(VaultException.Reason.BUSY);
                assertThat(e.getMessage()).contains("another program kept the file open").contains("try again");
            });
        }

        assertThat(Files.readAllBytes(file())).isEqualTo(current);
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).extracting(path -> path.getFileName().toString()).noneMatch(name -> name.endsWith(".tmp"));
        }
        try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
            assertThat(vault.keys()).extracting(KeyRecord::label).containsExactlyInAnyOrder("after", "before");
        }
    }

    @Test
    void aRestoreWaitsForAProgramThatLetsGoOfTheVaultWithinAMoment() throws Exception {
        Backup backup;
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("before"));
            backup = vault.backups().now("manual");
            vault.add(TestKeys.draft("after"));
        }

        RandomAccessFile scanner = new RandomAccessFile(file().toFile(), "r");
        CompletableFuture<Void> letGo = CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(400);
                scanner.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        VaultFile.restore(file(), backup);
        letGo.get(10, TimeUnit.SECONDS);

        try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
            assertThat(vault.keys()).extracting(KeyRecord::label).containsExactly("before");
        }
    }

    @Test
    void aBackupWhoseFreshCopyIsHeldForAMomentIsStillMade() throws Exception {
        Path copy = Files.writeString(folder.resolve("fresh.tmp"), "copy");
        Path named = folder.resolve("fresh.khbackup");
        RandomAccessFile scanner = new RandomAccessFile(copy.toFile(), "r");
        CompletableFuture<Void> letGo = CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(400);
                scanner.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        AtomicRename.rename(copy, named);
        letGo.get(10, TimeUnit.SECONDS);

        assertThat(named).hasContent("copy");
        assertThat(copy).doesNotExist();
    }
}
