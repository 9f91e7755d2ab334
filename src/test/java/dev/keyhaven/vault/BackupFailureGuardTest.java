package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.vault.VaultException.Reason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A backup that cannot be written is a sentence, and its half-written file does not stay behind. */
class BackupFailureGuardTest extends VaultWithBackups {

    @Test
    void aCopyOfAVaultFileThatIsGoneFailsAndLeavesNoTemporaryFile() throws Exception {
        Files.delete(vaultFile);

        assertThatThrownBy(() -> manager.copyAsIs("before restore", NOW, null))
                .isInstanceOfSatisfying(VaultException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.IO);
                    assertThat(e.getMessage()).contains("copy the vault file before restoring");
                });
        assertThat(filesInBackupsFolder()).isEmpty();
    }

    @Test
    void aBackupThatCannotTakeItsNameFailsAndLeavesNoTemporaryFile() throws Exception {
        try (VaultDatabase source = VaultDatabase.openReadOnly(vaultFile)) {
            assertThatThrownBy(() -> manager.create(source, "manual", NOW, copy -> {
                // Something takes the backup's name while it is checked: a folder that a file cannot replace.
                String temporary = copy.file().getFileName().toString();
                Path name = copy.file().resolveSibling(temporary.substring(1, temporary.length() - ".tmp".length()));
                try {
                    Files.createDirectory(name);
                    Files.writeString(name.resolve("inside"), "keeps the folder from being replaced");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            })).isInstanceOfSatisfying(VaultException.class, e -> {
                assertThat(e.reason()).isEqualTo(Reason.IO);
                assertThat(e.getMessage()).contains("write a backup of the vault");
            });
        }
        assertThat(filesInBackupsFolder()).containsExactly("20261123-174500.manual.khbackup");
        assertThat(manager.folder().resolve("20261123-174500.manual.khbackup")).isDirectory();
    }

    @Test
    void aBackupThatDoesNotListUnderItsNameIsReportedNotReturned() throws Exception {
        // A clock past the year 9999 gives an id of nine digits, which the backup list does not accept.
        Instant farFuture = Instant.parse("+10000-01-01T00:00:00Z");
        try (VaultDatabase source = VaultDatabase.openReadOnly(vaultFile)) {
            assertThatThrownBy(() -> manager.create(source, "manual", farFuture, copy -> { }))
                    .isInstanceOfSatisfying(VaultException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.IO);
                        assertThat(e.getMessage()).contains("write a backup of the vault");
                    });
        }
        assertThat(manager.list()).isEmpty();
    }

    @Test
    void aRestoreThatCannotReplaceTheFileLeavesNoTemporaryFile() throws Exception {
        Backup backup = create("manual", NOW);
        // In the vault's place is a folder with a file in it, which no rename can replace.
        Path taken = Files.createDirectory(folder.resolve("taken.khvault"));
        Files.writeString(taken.resolve("inside"), "keeps the folder");

        assertThatThrownBy(() -> BackupManager.forVault(taken).restore(backup))
                .isInstanceOfSatisfying(VaultException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.IO);
                    assertThat(e.getMessage()).contains("restore the backup");
                });
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
        assertThat(taken.resolve("inside")).hasContent("keeps the folder");
    }
}
