package dev.keyhaven.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.BackgroundWork;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The restore after the trader said yes (outside review: L3, L5): whatever stops it is said while the vault stays unlocked
 * (never after locking), an unexpected failure never restores the backup as it is, every failure is logged, and the
 * copy prepared for it is removed on every way out.
 */
class BackupRestoreTest {

    private static final String PASSWORD = "lantern orbit velvet cactus";

    @TempDir
    Path folder;

    private Vault vault;
    private final List<String> refusals = new ArrayList<>();
    private final List<String> steps = new ArrayList<>();
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler log = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void setUp() throws Exception {
        try (Secret password = Secret.ofString(PASSWORD)) {
            vault = Vault.create(file(), password, VaultOptions.forTests());
        }
        Logger.getLogger("dev.keyhaven").addHandler(log);
    }

    @AfterEach
    void tearDown() {
        Logger.getLogger("dev.keyhaven").removeHandler(log);
        vault.close();
    }

    private Path file() {
        return folder.resolve("vault.keyhaven");
    }

    private BackupRestore restorer(RestoreLooks looks) {
        return restorer(looks, () -> {
            steps.add("locked");
            vault.close();
            return true;
        });
    }

    private BackupRestore restorer(RestoreLooks looks, java.util.function.BooleanSupplier lock) {
        return restorer(looks, lock, BackgroundWork.inline());
    }

    private BackupRestore restorer(RestoreLooks looks, java.util.function.BooleanSupplier lock, BackgroundWork work) {
        return new BackupRestore(file(), VaultOptions.forTests(), work, looks,
                new BackupRestore.Screens(lock, () -> steps.add("restoring"), notice -> steps.add("start: " + notice)));
    }

    /** The JavaFX thread as a queue run by hand: what the background hands back waits until {@link #runUiQueue}. */
    private final Deque<Runnable> uiQueue = new ArrayDeque<>();
    private final BackgroundWork queued = new BackgroundWork(Runnable::run, uiQueue::add);

    private void runUiQueue() {
        while (!uiQueue.isEmpty()) {
            uiQueue.poll().run();
        }
    }

    /** Ctrl+L or the idle lock while the restore is prepared in the background, as AppShell.lockQuietly does it. */
    private void lockWhilePreparing() {
        steps.add("locked by Ctrl+L");
        queued.dropPendingResults();
        vault.close();
    }

    /** A backup of the empty vault, then a key added: whether the vault file was replaced shows in its keys. */
    private Backup backupThenAKey() throws Exception {
        Backup backup = vault.backups().now("manual");
        addAKey();
        return backup;
    }

    private void addAKey() throws Exception {
        vault.add(new KeyDraft("Made after the backup", Purpose.TRADING, Environment.LIVE, Region.EEA, null, "", 90,
                new Credentials(Secret.ofString("apikey-2"), Secret.ofString("secret-2"), Secret.ofString("pass-2"))));
    }

    private int keysInTheVaultFile() throws Exception {
        vault.close();
        try (Secret password = Secret.ofString(PASSWORD);
                Vault reopened = Vault.open(file(), password, VaultOptions.forTests())) {
            return reopened.keys().size();
        }
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

    private Path preparedCopy() {
        return folder.resolve(".vault.keyhaven.prepared.tmp");
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
        RestoreLooks failing = new RestoreLooks() {
            @Override
            public void requireFree(Vault open) throws VaultException {
                RestoreLooks.OF_THE_VAULT.requireFree(open);
            }

            @Override
            public PreparedRestore prepare(Vault open, Backup chosen) {
                throw new IllegalStateException("a fault in Keyhaven");
            }
        };

        restorer(failing).restore(vault, backup, refusals::add);

        assertThat(steps).as("never locked nor restored").isEmpty();
        assertThat(refusals).singleElement().asString().startsWith("Keyhaven ran into an unexpected problem")
                .contains("Your vault is safe. Try again");
        assertThat(logged).anySatisfy(record -> assertThat(record.getThrown()).isInstanceOf(IllegalStateException.class));
    }

    @Test
    void aVaultBusyWhilePreparingRefusesWithItsSentenceInsteadOfRestoringTheBackupAsItIs() throws Exception {
        Backup backup = backupThenAKey();
        RestoreLooks busy = new RestoreLooks() {
            @Override
            public void requireFree(Vault open) throws VaultException {
                RestoreLooks.OF_THE_VAULT.requireFree(open);
            }

            @Override
            public PreparedRestore prepare(Vault open, Backup chosen) throws VaultException {
                throw new VaultException(VaultException.Reason.BUSY,
                        "Another Keyhaven is busy with this vault for a moment. Try again in a moment.");
            }
        };

        restorer(busy).restore(vault, backup, refusals::add);

        assertThat(steps).as("never locked nor restored").isEmpty();
        assertThat(refusals).containsExactly("Another Keyhaven is busy with this vault for a moment. Try again in a moment.");
        assertThat(vault.isLocked()).as("the vault stays unlocked").isFalse();
        assertThat(logged).isNotEmpty();
        assertThat(keysInTheVaultFile()).as("the vault file is as it was").isEqualTo(1);
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
        assertThat(logged).isNotEmpty();
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
        RestoreLooks lockedFirst = new RestoreLooks() {
            @Override
            public void requireFree(Vault open) throws VaultException {
                RestoreLooks.OF_THE_VAULT.requireFree(open);
            }

            @Override
            public PreparedRestore prepare(Vault open, Backup chosen) throws VaultException {
                lockWhilePreparing();
                return RestoreLooks.OF_THE_VAULT.prepare(open, chosen);
            }
        };

        restorer(lockedFirst, () -> false, queued).restore(vault, backup, refusals::add);
        runUiQueue();

        assertThat(steps).containsExactly("locked by Ctrl+L", "start: " + BackupRestore.LOCKED_FIRST);
        assertThat(refusals).as("nothing is said on the page the lock left").isEmpty();
        assertThat(preparedCopy()).doesNotExist();
        assertThat(keysInTheVaultFile()).as("the vault file is as it was").isEqualTo(2);
    }
}
