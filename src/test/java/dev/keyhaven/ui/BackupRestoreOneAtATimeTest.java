package dev.keyhaven.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.settings.RestoreLooks;
import dev.keyhaven.vault.Backup;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.PreparedRestore;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One restore at a time, app-wide (outside review 29, #10): Restore chosen again while one is prepared in the
 * background (Settings left and opened again) is refused where the trader is, so two never share the prepared copy;
 * once one ended, however it ended, the next may start.
 */
class BackupRestoreOneAtATimeTest {

    private static final String PASSWORD = "lantern orbit velvet cactus";

    @TempDir
    Path folder;

    private Vault vault;
    private final List<String> refusals = new ArrayList<>();
    private final List<String> steps = new ArrayList<>();
    /** The JavaFX thread as a queue run by hand: what the background hands back waits until {@link #runUiQueue}. */
    private final Deque<Runnable> uiQueue = new ArrayDeque<>();
    private final BackgroundWork queued = new BackgroundWork(Runnable::run, uiQueue::add);

    @BeforeEach
    void setUp() throws Exception {
        try (Secret password = Secret.ofString(PASSWORD)) {
            vault = Vault.create(file(), password, VaultOptions.forTests());
        }
    }

    @AfterEach
    void tearDown() {
        vault.close();
    }

    private Path file() {
        return folder.resolve("vault.keyhaven");
    }

    private BackupRestore restorer(RestoreLooks looks, BooleanSupplier lock, BackgroundWork work) {
        return new BackupRestore(file(), VaultOptions.forTests(), work, looks,
                new BackupRestore.Screens(lock, () -> steps.add("restoring"), notice -> steps.add("start: " + notice)));
    }

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
        vault.add(new KeyDraft("Made after the backup", Purpose.TRADING, Environment.LIVE, Region.EEA, null, "", 90,
                new Credentials(Secret.ofString("apikey-2"), Secret.ofString("secret-2"), Secret.ofString("pass-2"))));
        return backup;
    }

    private int keysInTheVaultFile() throws Exception {
        vault.close();
        try (Secret password = Secret.ofString(PASSWORD);
                Vault reopened = Vault.open(file(), password, VaultOptions.forTests())) {
            return reopened.keys().size();
        }
    }

    @Test
    void aSecondRestoreWhileTheFirstIsPreparedIsRefusedAndTheFirstGoesOn() throws Exception {
        Backup backup = backupThenAKey();
        List<Backup> prepared = new ArrayList<>();
        RestoreLooks counting = new RestoreLooks() {
            @Override
            public void requireFree(Vault open) throws VaultException {
                RestoreLooks.OF_THE_VAULT.requireFree(open);
            }

            @Override
            public PreparedRestore prepare(Vault open, Backup chosen) throws VaultException {
                prepared.add(chosen);
                return RestoreLooks.OF_THE_VAULT.prepare(open, chosen);
            }
        };
        BackupRestore restorer = restorer(counting, () -> {
            steps.add("locked");
            vault.close();
            return true;
        }, queued);

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
        RestoreLooks busyThenLockedThenFree = new RestoreLooks() {
            @Override
            public void requireFree(Vault open) throws VaultException {
                RestoreLooks.OF_THE_VAULT.requireFree(open);
            }

            @Override
            public PreparedRestore prepare(Vault open, Backup chosen) throws VaultException {
                String look = firstLooks.isEmpty() ? "free" : firstLooks.remove(0);
                if (look.equals("busy")) {
                    throw new VaultException(VaultException.Reason.BUSY,
                            "Another Keyhaven is busy with this vault for a moment. Try again in a moment.");
                }
                if (look.equals("lock")) {
                    lockWhilePreparing();
                }
                return RestoreLooks.OF_THE_VAULT.prepare(open, chosen);
            }
        };
        BackupRestore restorer = restorer(busyThenLockedThenFree, () -> {
            steps.add("locked");
            vault.close();
            return true;
        }, queued);

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
