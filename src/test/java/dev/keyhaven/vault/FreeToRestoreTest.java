package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.VaultException.Reason;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link VaultBackups#requireFreeToRestore()}: the app asks it before it locks to restore (review 27), so it must
 * refuse exactly when the restore would, with the sentence the command's restore says.
 */
class FreeToRestoreTest {

    @TempDir
    Path folder;

    private Vault command(Vault app) throws VaultException {
        try (Secret password = Secret.ofString(BackupStandingFixture.PASSWORD)) {
            return Vault.openShared(app.path(), password, VaultOptions.forTests());
        }
    }

    @Test
    void theWriterAloneIsFreeToRestoreAndTheRestoreThenRuns() throws Exception {
        try (Vault app = BackupStandingFixture.create(folder)) {
            Backup backup = app.backups().now("manual");
            app.backups().requireFreeToRestore();
            app.close();
            VaultFile.restore(app.path(), backup, VaultOptions.forTests());
        }
    }

    @Test
    void aCommandReadingBesideTheWriterIsNamedWithWhatToDo() throws Exception {
        try (Vault app = BackupStandingFixture.create(folder); Vault command = command(app)) {
            assertThatThrownBy(() -> app.backups().requireFreeToRestore())
                    .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BUSY))
                    .hasMessage(Problems.readersPresent(app.path().toAbsolutePath()).getMessage());
            command.close();
            app.backups().requireFreeToRestore();
        }
    }

    @Test
    void aSharedOpenerMayNotRestore() throws Exception {
        try (Vault app = BackupStandingFixture.create(folder); Vault command = command(app)) {
            assertThatThrownBy(() -> command.backups().requireFreeToRestore())
                    .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.IN_USE));
        }
    }

    @Test
    void aLockedVaultSaysItIsLocked() throws Exception {
        Vault app = BackupStandingFixture.create(folder);
        VaultBackups backups = app.backups();
        app.close();
        assertThatThrownBy(backups::requireFreeToRestore)
                .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.LOCKED));
    }
}
