package dev.keyhaven.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.LogCapture;
import dev.keyhaven.ui.settings.RestoreLooks;
import dev.keyhaven.vault.Backup;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.PreparedRestore;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The restore after the trader said yes (outside review: L3, L5): whatever stops it is said while the vault stays unlocked
 * (never after locking), an unexpected failure never restores the backup as it is, every failure is logged, and the
 * copy prepared for it is removed on every way out.
 */
class BackupRestoreTest extends RestoreFixture {

    private LogCapture log;

    @BeforeEach
    void captureLog() {
        log = LogCapture.start();
    }

    @AfterEach
    void stopCapturingLog() {
        log.close();
    }

    @Test
    void whenTheAppLockedWhileTheQuestionWasOpenTheStartScreenSaysNothingWasRestored() throws Exception {
        Backup backup = backupThenAKey();

        restorer(RestoreLooks.OF_THE_VAULT).restore(null, backup, refusals::add);

        assertThat(steps).containsExactly("start: Keyhaven locked before the restore started: nothing was restored."
                + " Unlock, then choose Restore again.");
        assertThat(preparedCopy()).doesNotExist();
        assertThat(keysInTheVaultFile()).as("the vault file is as it was").isEqualTo(1);
    }

    @Test
    void whenTheAppLockedAfterTheSecondLookTheStartScreenSaysNothingWasRestored() throws Exception {
        Backup backup = backupThenAKey();

        restorer(RestoreLooks.OF_THE_VAULT, () -> {
            steps.add("locked already");
            vault.close();
            return false;
        }).restore(vault, backup, refusals::add);

        assertThat(steps).containsExactly("locked already", "start: " + BackupRestore.LOCKED_FIRST);
        assertThat(preparedCopy()).as("the prepared copy is removed").doesNotExist();
        assertThat(keysInTheVaultFile()).as("the vault file is as it was").isEqualTo(1);
    }

    /** A key whose API key OKX said it no longer knows after {@code backup} was made: the restore carries that. */
    private Backup backupOkxSaidSinceOf() throws Exception {
        long id = vault.add(new KeyDraft("Grid bot", Purpose.TRADING, Environment.LIVE, Region.EEA, null, "", 90,
                new Credentials(Secret.ofString("apikey-1"), Secret.ofString("secret-1"), Secret.ofString("pass-1"))))
                .record().id();
        Backup backup = vault.backups().now("manual");
        vault.recordHistory(id, new HistoryEntry(backup.createdAt().plusSeconds(60), HistoryEntry.Kind.CHECK,
                HistoryEntry.Outcome.FAILED, "Checked.", false, null, List.of(), null, List.of("KEY_NOT_FOUND"), null));
        return backup;
    }

    /** The copy a restore prepared beside the vault (a name of its own each time), or a name where there is none. */
    private Path preparedCopy() {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().startsWith(".vault.keyhaven.prepared-"))
                    .findFirst().orElse(folder.resolve(".vault.keyhaven.prepared-none.tmp"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aRefusedBackupIsSaidWithoutLocking() throws Exception {
        Backup backup = vault.backups().now("manual");
        Files.write(backup.file(), new byte[] {1, 2, 3});

        restorer(RestoreLooks.OF_THE_VAULT).restore(vault, backup, refusals::add);

        assertThat(steps).as("never locked").isEmpty();
        assertThat(refusals).singleElement().asString().startsWith("The backup from ").contains("cannot be restored");
        assertThat(vault.isLocked()).isFalse();
    }

    @Test
    void anUnexpectedFailureWhilePreparingNeverRestoresTheBackupAsItIs() throws Exception {
        Backup backup = vault.backups().now("manual");
        RestoreLooks failing = preparingBy((open, chosen) -> {
            throw new IllegalStateException("a fault in Keyhaven");
        });

        restorer(failing).restore(vault, backup, refusals::add);

        assertThat(steps).as("never locked nor restored").isEmpty();
        assertThat(refusals).singleElement().asString().startsWith("Keyhaven ran into an unexpected problem")
                .contains("Your vault is safe. Try again");
        assertThat(log.records()).anySatisfy(record -> assertThat(record.getThrown()).isInstanceOf(IllegalStateException.class));
    }

    @Test
    void aVaultBusyWhilePreparingRefusesWithItsSentenceInsteadOfRestoringTheBackupAsItIs() throws Exception {
        Backup backup = backupThenAKey();
        RestoreLooks busy = preparingBy((open, chosen) -> {
            throw new VaultException(VaultException.Reason.BUSY,
                    "Another Keyhaven is busy with this vault for a moment. Try again in a moment.");
        });

        restorer(busy).restore(vault, backup, refusals::add);

        assertThat(steps).as("never locked nor restored").isEmpty();
        assertThat(refusals).containsExactly("Another Keyhaven is busy with this vault for a moment. Try again in a moment.");
        assertThat(vault.isLocked()).as("the vault stays unlocked").isFalse();
        assertThat(log.records()).isNotEmpty();
        assertThat(keysInTheVaultFile()).as("the vault file is as it was").isEqualTo(1);
    }

    /** Only the vault itself unreadable takes the backup as it is, and the start screen says what is not carried. */
    @Test
    void aVaultThatCannotBeReadWhilePreparingTakesTheBackupAsItIs() throws Exception {
        Backup backup = backupThenAKey();
        RestoreLooks damaged = preparingBy((open, chosen) -> {
            throw new VaultException(VaultException.Reason.DAMAGED, "This vault is damaged.");
        });

        restorer(damaged).restore(vault, backup, refusals::add);

        assertThat(refusals).isEmpty();
        assertThat(steps).hasSize(3).startsWith("locked", "restoring");
        assertThat(steps.get(2)).startsWith("start: Restored the backup from ").endsWith(" What OKX said since this"
                + " backup was made is not carried into it: the vault it replaces could not be read (it is damaged).");
        assertThat(keysInTheVaultFile()).as("the backup, as it is").isZero();
    }

    @Test
    void thePreparedCopyIsRemovedWhenACommandReadsTheVault() throws Exception {
        Backup backup = backupOkxSaidSinceOf();
        List<Boolean> copyWhileLooking = new ArrayList<>();
        RestoreLooks watching = new RestoreLooks() {
            @Override
            public void requireFree(Vault open) throws VaultException {
                copyWhileLooking.add(Files.exists(preparedCopy()));
                RestoreLooks.OF_THE_VAULT.requireFree(open);
            }

            @Override
            public PreparedRestore prepare(Vault open, Backup chosen) throws VaultException {
                return RestoreLooks.OF_THE_VAULT.prepare(open, chosen);
            }
        };
        try (Secret password = Secret.ofString(PASSWORD);
                Vault command = Vault.openShared(file(), password, VaultOptions.forTests())) {
            restorer(watching).restore(vault, backup, refusals::add);
        }

        assertThat(copyWhileLooking).as("a copy was prepared").containsExactly(true);
        assertThat(refusals).singleElement().asString().startsWith("A Keyhaven command is still reading this vault");
        assertThat(steps).isEmpty();
        assertThat(preparedCopy()).as("the prepared copy is removed").doesNotExist();
        assertThat(log.records()).isNotEmpty();
    }

    @Test
    void aFreeVaultLocksThenRestoresWithWhatOkxSaidSince() throws Exception {
        Backup backup = backupOkxSaidSinceOf();

        restorer(RestoreLooks.OF_THE_VAULT).restore(vault, backup, refusals::add);

        assertThat(refusals).isEmpty();
        assertThat(steps).hasSize(3).startsWith("locked", "restoring");
        assertThat(steps.get(2)).startsWith("start: Restored the backup from ")
                .endsWith("OKX said since that it no longer knows Grid bot: the restored vault says so.");
        assertThat(preparedCopy()).doesNotExist();
    }

    @Test
    void aLockAfterTheCopyWasPreparedRemovesItAndTheStartScreenSaysNothingWasRestored() throws Exception {
        Backup backup = backupOkxSaidSinceOf();
        addAKey();
        List<Boolean> copyWhenLocked = new ArrayList<>();
        RestoreLooks lockedAfterTheSecondLook = new RestoreLooks() {
            @Override
            public void requireFree(Vault open) throws VaultException {
                RestoreLooks.OF_THE_VAULT.requireFree(open);
                copyWhenLocked.add(Files.exists(preparedCopy()));
                lockWhilePreparing();
            }

            @Override
            public PreparedRestore prepare(Vault open, Backup chosen) throws VaultException {
                return RestoreLooks.OF_THE_VAULT.prepare(open, chosen);
            }
        };

        restorer(lockedAfterTheSecondLook, () -> false, queued).restore(vault, backup, refusals::add);
        runUiQueue();

        assertThat(copyWhenLocked).as("a copy was prepared").containsExactly(true);
        assertThat(steps).containsExactly("locked by Ctrl+L", "start: " + BackupRestore.LOCKED_FIRST);
        assertThat(refusals).isEmpty();
        assertThat(preparedCopy()).as("the prepared copy is removed").doesNotExist();
        assertThat(keysInTheVaultFile()).as("the vault file is as it was").isEqualTo(2);
    }

    @Test
    void aLockWhileTheCopyIsPreparedFailsItQuietlyAndTheStartScreenSaysNothingWasRestored() throws Exception {
        Backup backup = backupOkxSaidSinceOf();
        addAKey();
        RestoreLooks lockedFirst = preparingBy((open, chosen) -> {
            lockWhilePreparing();
            return RestoreLooks.OF_THE_VAULT.prepare(open, chosen);
        });

        restorer(lockedFirst, () -> false, queued).restore(vault, backup, refusals::add);
        runUiQueue();

        assertThat(steps).containsExactly("locked by Ctrl+L", "start: " + BackupRestore.LOCKED_FIRST);
        assertThat(refusals).as("nothing is said on the page the lock left").isEmpty();
        assertThat(preparedCopy()).doesNotExist();
        assertThat(keysInTheVaultFile()).as("the vault file is as it was").isEqualTo(2);
    }
}
