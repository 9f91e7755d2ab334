package dev.keyhaven.ui;

import dev.keyhaven.keys.KeyStatus;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.ErrorReporter;
import dev.keyhaven.ui.settings.RestoreLooks;
import dev.keyhaven.vault.Backup;
import dev.keyhaven.vault.PreparedRestore;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import dev.keyhaven.vault.VaultFile;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Settings' Restore once the trader said yes (the look and the question before it are {@link
 * dev.keyhaven.ui.settings.SettingsViewModel#restore}). In the background the backup is made ready to take the
 * vault's place and the vault is looked at again; a refused backup (damaged, changed outside Keyhaven), a Keyhaven
 * command reading the vault or any failure is handed back as a sentence while the vault stays unlocked, and the
 * prepared copy is removed. Otherwise the app locks, the copy takes the vault's place, and the start screen says how
 * it went.
 */
final class BackupRestore {

    /**
     * What the restore does to the window: lock it, handing back the vault's close still to run (empty when it was
     * locked already), say it is restoring, start.
     */
    record Screens(Supplier<Optional<Runnable>> lock, Runnable restoring, Consumer<String> start) {
    }

    private final Path vaultFile;
    private final VaultOptions options;
    private final BackgroundWork work;
    private final RestoreLooks looks;
    private final Screens screens;
    /** From a yes until the restore ended, was refused or a lock dropped it: one at a time, app-wide. */
    private boolean underWay;

    BackupRestore(Path vaultFile, VaultOptions options, BackgroundWork work, RestoreLooks looks, Screens screens) {
        this.vaultFile = vaultFile;
        this.options = options;
        this.work = work;
        this.looks = looks;
        this.screens = screens;
    }

    /** Said on the start screen when the app locked (idle, Ctrl+L) while the question was open or after it. */
    static final String LOCKED_FIRST = "Keyhaven locked before the restore started: nothing was restored. Unlock,"
            + " then choose Restore again.";

    /** Said where the trader is when Restore is chosen again (say from Settings left and reopened) meanwhile. */
    static final String UNDER_WAY = "A restore is already under way: wait for it to end.";

    /**
     * Restores {@code backup} into {@code open}'s place, or hands {@code refused} why not, on the JavaFX thread. With
     * {@code open} null (the app locked meanwhile) nothing is restored and the start screen says so.
     */
    void restore(Vault open, Backup backup, Consumer<String> refused) {
        if (open == null) {
            screens.start().accept(LOCKED_FIRST);
            return;
        }
        if (underWay) {
            refused.accept(UNDER_WAY);
            return;
        }
        underWay = true;
        work.run(() -> prepare(open, backup), this::lockAndRestore, failure -> {
            ErrorReporter.log(failure);
            ended(refused, ErrorReporter.sentenceFor(failure));
        }, () -> {
            // A lock (idle, Ctrl+L) came while preparing: BackgroundWork closed the prepared copy, if any.
            ended(screens.start(), LOCKED_FIRST);
        });
    }

    /** The restore ended (restored, refused, failed, or a lock came first): {@code where} says how; next may start. */
    private void ended(Consumer<String> where, String sentence) {
        underWay = false;
        where.accept(sentence);
    }

    /** The backup made ready, or a failure: the prepared copy is removed on every way out but the restore. */
    private PreparedRestore prepare(Vault open, Backup backup) throws VaultException {
        PreparedRestore prepared;
        try {
            prepared = looks.prepare(open, backup);
        } catch (VaultException failure) {
            // Only the vault itself unreadable (damaged, changed outside Keyhaven) takes the backup as it is.
            prepared = PreparedRestore.whenTheVaultCannotBeRead(backup, failure).orElseThrow(() -> failure);
            ErrorReporter.log(failure);
        }
        try {
            Optional<VaultException> refusal = prepared.refusalProblem();
            if (refusal.isPresent()) {
                throw refusal.get();
            }
            looks.requireFree(open);
            return prepared;
        } catch (Throwable notToRestore) {
            prepared.close();
            throw notToRestore;
        }
    }

    /**
     * "Restored the backup from 4 Dec 2026, 20:43."; a copy whose name's date lies in the future is not dated by it
     * (the question before said so too).
     */
    static String restoredSentence(Backup backup, java.time.Instant now) {
        String named = KeyStatus.moment(backup.createdAt(), ZoneId.systemDefault());
        return dev.keyhaven.vault.BackupDate.inTheFuture(backup, now)
                ? "Restored the backup whose name says " + named + "; its real date is not known."
                : "Restored the backup from " + named + ".";
    }

    private void lockAndRestore(PreparedRestore prepared) {
        Optional<Runnable> closeTheVault = screens.lock().get();
        if (closeTheVault.isEmpty()) {
            prepared.close();
            ended(screens.start(), LOCKED_FIRST);
            return;
        }
        screens.restoring().run();
        work.run(() -> {
            try (prepared) {
                // The close waits for whatever still holds the vault (a daily backup, say): here, never on the
                // JavaFX thread, and before the copy takes the vault's place.
                closeTheVault.get().run();
                VaultFile.restore(vaultFile, prepared, options);
            }
            return prepared;
        }, restored -> ended(screens.start(), restoredSentence(restored.backup(), java.time.Instant.now())
                + " Unlock it with the master password it had then." + restored.afterRestore()), failure -> {
                    ErrorReporter.log(failure);
                    ended(screens.start(), ErrorReporter.sentenceFor(failure));
                });
    }
}
