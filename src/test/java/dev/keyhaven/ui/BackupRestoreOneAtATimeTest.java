package dev.keyhaven.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.settings.RestoreLooks;
import dev.keyhaven.vault.Backup;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import dev.keyhaven.vault.VaultOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One restore at a time, app-wide (outside review 29, #10): Restore chosen again while one is prepared in the
 * background (Settings left and opened again) is refused where the trader is, so two never share the prepared copy;
 * once one ended, however it ended, the next may start.
 */
class BackupRestoreOneAtATimeTest extends RestoreFixture {

    @Test
    void aSecondRestoreWhileTheFirstIsPreparedIsRefusedAndTheFirstGoesOn() throws Exception {
        Backup backup = backupThenAKey();
        List<Backup> prepared = new ArrayList<>();
        RestoreLooks counting = preparingBy((open, chosen) -> {
            prepared.add(chosen);
            return RestoreLooks.OF_THE_VAULT.prepare(open, chosen);
        });
        BackupRestore restorer = restorer(counting, lockingTheVault(), queued);

        restorer.restore(vault, backup, refusals::add);
        // Settings left and opened again while the first is prepared: its result has not reached the JavaFX thread.
        restorer.restore(vault, backup, refusals::add);

        assertThat(refusals).containsExactly("A restore is already under way: wait for it to end.");
        assertThat(prepared).as("only the first is prepared").hasSize(1);
        runUiQueue();
        assertThat(steps).hasSize(3).startsWith("locked", "restoring");
        assertThat(steps.get(2)).startsWith("start: Restored the backup from ");
        assertThat(keysInTheVaultFile()).as("the backup took the vault's place").isZero();
    }

    @Test
    void aRestoreRefusedOrDroppedByALockNoLongerKeepsTheNextOneOut() throws Exception {
        Backup backup = backupThenAKey();
        List<String> firstLooks = new ArrayList<>(List.of("busy", "lock"));
        RestoreLooks busyThenLockedThenFree = preparingBy((open, chosen) -> {
            String look = firstLooks.isEmpty() ? "free" : firstLooks.remove(0);
            if (look.equals("busy")) {
                throw new VaultException(VaultException.Reason.BUSY,
                        "Another Keyhaven is busy with this vault for a moment. Try again in a moment.");
            }
            if (look.equals("lock")) {
                lockWhilePreparing();
            }
            return RestoreLooks.OF_THE_VAULT.prepare(open, chosen);
        });
        BackupRestore restorer = restorer(busyThenLockedThenFree, lockingTheVault(), queued);

        restorer.restore(vault, backup, refusals::add);
        runUiQueue();
        restorer.restore(vault, backup, refusals::add);
        runUiQueue();
        assertThat(steps).containsExactly("locked by Ctrl+L", "start: " + BackupRestore.LOCKED_FIRST);
        try (Secret password = Secret.ofString(PASSWORD)) {
            vault = Vault.open(file(), password, VaultOptions.forTests());
        }
        restorer.restore(vault, backup, refusals::add);
        runUiQueue();

        assertThat(refusals).containsExactly("Another Keyhaven is busy with this vault for a moment. Try again in a moment.");
        assertThat(steps).hasSize(5).startsWith("locked by Ctrl+L", "start: " + BackupRestore.LOCKED_FIRST, "locked",
                "restoring");
        assertThat(steps.get(4)).startsWith("start: Restored the backup from ");
        assertThat(keysInTheVaultFile()).as("the backup took the vault's place").isZero();
    }
}
