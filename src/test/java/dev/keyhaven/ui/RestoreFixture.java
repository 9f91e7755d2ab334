package dev.keyhaven.ui;

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
import org.junit.jupiter.api.io.TempDir;

/**
 * An unlocked vault in a temporary folder and a {@link BackupRestore} for it, whose screens are written down in
 * {@link #steps}: for tests of the restore after the trader said yes.
 */
abstract class RestoreFixture {

    static final String PASSWORD = "lantern orbit velvet cactus";

    @TempDir
    Path folder;

    Vault vault;
    final List<String> refusals = new ArrayList<>();
    final List<String> steps = new ArrayList<>();
    /** The JavaFX thread as a queue run by hand: what the background hands back waits until {@link #runUiQueue}. */
    private final Deque<Runnable> uiQueue = new ArrayDeque<>();
    final BackgroundWork queued = new BackgroundWork(Runnable::run, uiQueue::add);

    /** What {@link RestoreLooks#prepare} does in a test. */
    interface Preparing {
        PreparedRestore prepare(Vault open, Backup chosen) throws VaultException;
    }

    @BeforeEach
    void createVault() throws Exception {
        try (Secret password = Secret.ofString(PASSWORD)) {
            vault = Vault.create(file(), password, VaultOptions.forTests());
        }
    }

    @AfterEach
    void closeVault() {
        vault.close();
    }

    Path file() {
        return folder.resolve("vault.keyhaven");
    }

    BackupRestore restorer(RestoreLooks looks) {
        return restorer(looks, lockingTheVault());
    }

    BackupRestore restorer(RestoreLooks looks, BooleanSupplier lock) {
        return restorer(looks, lock, BackgroundWork.inline());
    }

    BackupRestore restorer(RestoreLooks looks, BooleanSupplier lock, BackgroundWork work) {
        return new BackupRestore(file(), VaultOptions.forTests(), work, looks,
                new BackupRestore.Screens(
                        () -> lock.getAsBoolean() ? java.util.Optional.of(() -> { }) : java.util.Optional.empty(), () -> steps.add("restoring"), notice -> steps.add("start: " + notice)));
    }

    /** The lock before restoring when nothing locked first. */
    BooleanSupplier lockingTheVault() {
        return () -> {
            steps.add("locked");
            vault.close();
            return true;
        };
    }

    /** The vault's own look whether it is free, and {@code preparing} in place of its prepare. */
    static RestoreLooks preparingBy(Preparing preparing) {
        return new RestoreLooks() {
            @Override
            public void requireFree(Vault open) throws VaultException {
                RestoreLooks.OF_THE_VAULT.requireFree(open);
            }

            @Override
            public PreparedRestore prepare(Vault open, Backup chosen) throws VaultException {
                return preparing.prepare(open, chosen);
            }
        };
    }

    void runUiQueue() {
        while (!uiQueue.isEmpty()) {
            uiQueue.poll().run();
        }
    }

    /** Ctrl+L or the idle lock while the restore is prepared in the background, as AppShell.lockQuietly does it. */
    void lockWhilePreparing() {
        steps.add("locked by Ctrl+L");
        queued.dropPendingResults();
        vault.close();
    }

    /** A backup of the empty vault, then a key added: whether the vault file was replaced shows in its keys. */
    Backup backupThenAKey() throws Exception {
        Backup backup = vault.backups().now("manual");
        addAKey();
        return backup;
    }

    void addAKey() throws Exception {
        vault.add(new KeyDraft("Made after the backup", Purpose.TRADING, Environment.LIVE, Region.EEA, null, "", 90,
                new Credentials(Secret.ofString("apikey-2"), Secret.ofString("secret-2"), Secret.ofString("pass-2"))));
    }

    int keysInTheVaultFile() throws Exception {
        vault.close();
        try (Secret password = Secret.ofString(PASSWORD);
                Vault reopened = Vault.open(file(), password, VaultOptions.forTests())) {
            return reopened.keys().size();
        }
    }
}
