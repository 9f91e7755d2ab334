package dev.keyhaven.ui.settings;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.AppSettings;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.Dialogs;
import dev.keyhaven.ui.common.ErrorReporter;
import dev.keyhaven.ui.common.NewPasswordRating;
import dev.keyhaven.ui.common.PasswordStrength;
import dev.keyhaven.ui.common.ThemeChoice;
import dev.keyhaven.vault.Backup;
import dev.keyhaven.vault.BackupStanding;
import dev.keyhaven.vault.LastBackup;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The settings screen: timeouts, theme, rotation reminder, master password and backups. */
public final class SettingsViewModel {

    static final DateTimeFormatter BACKUP_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");

    private final Vault vault;
    private final BackgroundWork work;
    private final Dialogs dialogs;
    private final Consumer<AppSettings> onChanged;
    private final RestoreSequence restoreSequence;
    private AppSettings settings;

    private final IntegerProperty autoLockMinutes = new SimpleIntegerProperty(this, "autoLockMinutes");
    private final IntegerProperty clipboardClearSeconds = new SimpleIntegerProperty(this, "clipboardClearSeconds");
    private final BooleanProperty lockWhenMinimised = new SimpleBooleanProperty(this, "lockWhenMinimised");
    private final IntegerProperty rotationReminderDays = new SimpleIntegerProperty(this, "rotationReminderDays");
    private final ObjectProperty<ThemeChoice> theme = new SimpleObjectProperty<>(this, "theme");
    private final ObservableList<BackupStanding> backups = FXCollections.observableArrayList();
    private final NewPasswordRating newPassword = new NewPasswordRating();
    private final StringProperty passwordMessage = new SimpleStringProperty(this, "passwordMessage", "");
    private final StringProperty backupMessage = new SimpleStringProperty(this, "backupMessage", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    /** After a password change: backups the old password still opens, until the user chose what to do. */
    private final ObservableList<Backup> oldPasswordBackups = FXCollections.observableArrayList();
    private boolean keptOldBackups;
    private final ObservableList<Backup> oldPasswordBackupsView =
            FXCollections.unmodifiableObservableList(oldPasswordBackups);

    /**
     * @param onChanged receives the settings after each change (the shell stores and applies them)
     * @param onRestore restores a backup once the user confirmed (the shell locks the vault first), or hands the
     *                  sentence why it cannot to the consumer it is given, and the vault stays unlocked
     * @param elsewhere says a restore's outcome where the trader is once this page is no longer shown (the status bar)
     */
    public SettingsViewModel(AppSettings current, Vault vault, BackgroundWork work, Dialogs dialogs,
            Consumer<AppSettings> onChanged, BiConsumer<Backup, Consumer<String>> onRestore,
            Consumer<String> elsewhere) {
        this(current, vault, work, dialogs, onChanged, onRestore, elsewhere, RestoreLooks.OF_THE_VAULT);
    }

    /** As the public constructor; a test hands {@code looks} that fail as nothing real can. */
    SettingsViewModel(AppSettings current, Vault vault, BackgroundWork work, Dialogs dialogs,
            Consumer<AppSettings> onChanged, BiConsumer<Backup, Consumer<String>> onRestore,
            Consumer<String> elsewhere, RestoreLooks looks) {
        this.settings = current;
        this.vault = vault;
        this.work = work;
        this.dialogs = dialogs;
        this.onChanged = onChanged;
        this.restoreSequence = new RestoreSequence(vault, work, dialogs, looks, onRestore, backupMessage::set,
                elsewhere);
        autoLockMinutes.set(current.autoLockMinutes());
        clipboardClearSeconds.set(current.clipboardClearSeconds());
        lockWhenMinimised.set(current.lockWhenMinimised());
        rotationReminderDays.set(current.rotationReminderDays());
        theme.set(current.theme());
        autoLockMinutes.addListener((observable, was, now) -> changed(settings.withAutoLockMinutes(now.intValue())));
        lockWhenMinimised.addListener((observable, was, now) -> changed(settings.withLockWhenMinimised(now)));
        clipboardClearSeconds.addListener((observable, was, now) ->
                changed(settings.withClipboardClearSeconds(now.intValue())));
        rotationReminderDays.addListener((observable, was, now) ->
                changed(settings.withRotationReminderDays(now.intValue())));
        theme.addListener((observable, was, now) -> changed(settings.withTheme(now)));
    }

    private void changed(AppSettings next) {
        settings = next;
        onChanged.accept(next);
    }

    public AppSettings settings() {
        return settings;
    }

    /** When Keyhaven backs up by itself, as the Backups section says it. */
    public static final String BACKUP_SCHEDULE = "Keyhaven makes a backup when you save your first key, then once a"
            + " day when you unlock, before a password change and before a format update. Each is checked after"
            + " writing; the newest five are kept beside the vault file.";

    /** The last backup the current master password opens, as {@link LastBackup} words it; for the Backups section. */
    public javafx.beans.binding.StringBinding lastBackupProperty() {
        return javafx.beans.binding.Bindings.createStringBinding(
                () -> LastBackup.sentence(backups, ZoneId.systemDefault()), backups);
    }

    /** Re-reads the list of backups in the background. */
    public void refreshBackups() {
        work.run(() -> new OnDisk(vault.backups().standings(), vault.backups().withOldPassword()), read -> {
            backups.setAll(read.standings());
            // The offer to re-encrypt or delete comes from the backups on disk that an older password locks,
            // so it is still there after a restart; until the user chose to keep them on this page.
            if (!keptOldBackups) {
                oldPasswordBackups.setAll(read.withOldPassword());
            }
        }, this::backupFailed);
    }

    private record OnDisk(java.util.List<BackupStanding> standings, java.util.List<Backup> withOldPassword) {
    }

    public void backupNow() {
        busy.set(true);
        work.run(() -> vault.backups().now("manual"), made -> {
            busy.set(false);
            backupMessage.set("Backed up at " + when(made) + ".");
            refreshBackups();
        }, failure -> {
            busy.set(false);
            backupFailed(failure);
        });
    }

    /** Restores {@code chosen} after the look and the question: see {@link RestoreSequence}. */
    public void restore(BackupStanding chosen) {
        restoreSequence.start(chosen);
    }

    /**
     * Changes the master password after checking the new one twice. The caller keeps and wipes the
     * three secrets; the slow re-keying runs in the background on copies.
     */
    public void changePassword(Secret current, Secret next, Secret repeated) {
        changePassword(current, next, repeated, changed -> { });
    }

    /**
     * As {@link #changePassword(Secret, Secret, Secret)}; {@code afterwards} learns on the JavaFX thread whether the
     * password was changed, so that the screen clears what was typed only when it served (a wrong current password
     * keeps the new one typed twice).
     */
    public void changePassword(Secret current, Secret next, Secret repeated,
                               java.util.function.Consumer<Boolean> afterwards) {
        if (busy.get()) {
            return;
        }
        if (current.isEmpty()) {
            passwordMessage.set("Type your current master password first.");
            return;
        }
        if (!next.contentEquals(repeated)) {
            passwordMessage.set("The two new passwords differ. Type the same password in both fields.");
            return;
        }
        if (!PasswordStrength.of(next).acceptable()) {
            passwordMessage.set("The new password is not strong enough. " + PasswordStrength.RULE);
            return;
        }
        busy.set(true);
        passwordMessage.set("Changing the master password. This takes a few seconds.");
        Secret currentCopy = current.copy();
        Secret nextCopy = next.copy();
        work.run(() -> {
            try (currentCopy; nextCopy) {
                return vault.changePassword(currentCopy, nextCopy);
            }
        }, change -> {
            busy.set(false);
            passwordMessage.set(change.notice());
            keptOldBackups = false;
            oldPasswordBackups.setAll(change.backupsWithOldPassword());
            refreshBackups();
            afterwards.accept(true);
        }, failure -> {
            busy.set(false);
            afterwards.accept(false);
            if (failure instanceof VaultException vaultError
                    && vaultError.reason() == VaultException.Reason.WRONG_PASSWORD) {
                passwordMessage.set("The current master password is not right. Nothing was changed.");
            } else {
                ErrorReporter.log(failure);
                passwordMessage.set(ErrorReporter.sentenceFor(failure));
            }
        });
    }

    /**
     * Re-encrypts the backups the old password opens, so that only the new password opens them. The old
     * password is asked again (Keyhaven does not keep it); the caller keeps and wipes it.
     */
    public void reencryptOldBackups(Secret oldPassword) {
        if (busy.get() || oldPasswordBackups.isEmpty()) {
            return;
        }
        if (oldPassword.isEmpty()) {
            passwordMessage.set("Type the old master password once more: only it can open those backups.");
            return;
        }
        busy.set(true);
        passwordMessage.set("Re-encrypting the old backups under the new password.");
        Secret copy = oldPassword.copy();
        work.run(() -> {
            try (copy) {
                return vault.backups().reencryptWithOldPassword(copy);
            }
        }, leftAsTheyWere -> {
            busy.set(false);
            refreshBackups();
            if (leftAsTheyWere.isEmpty()) {
                oldPasswordBackups.clear();
                passwordMessage.set("Done: every backup now opens with the new master password only."
                        + ROTATE_HINT);
            } else {
                oldPasswordBackups.setAll(leftAsTheyWere);
                boolean one = leftAsTheyWere.size() == 1;
                passwordMessage.set(leftAsTheyWere.size() + (one ? " backup was" : " backups were")
                        + " left as they were: the password you typed did not open " + (one ? "it" : "them")
                        + ", or this Keyhaven cannot bring " + (one ? "its" : "their") + " format along. Type the old"
                        + " password again, or delete " + (one ? "it." : "them."));
            }
        }, this::oldBackupsFailed);
    }

    /** Deletes the backups the old password opens, after asking. */
    public void deleteOldBackups() {
        if (busy.get() || oldPasswordBackups.isEmpty()) {
            return;
        }
        int count = oldPasswordBackups.size();
        String them = count == 1 ? "the backup" : "the " + count + " backups";
        boolean sure = dialogs.confirmDestructive("Delete " + them + " made before the change?",
                "They still open with the old master password. Once deleted, the vault cannot go back to how it"
                        + " was before the change; a backup under the new password is kept.",
                "Delete " + (count == 1 ? "it" : "them"));
        if (!sure) {
            return;
        }
        busy.set(true);
        work.run(vault.backups()::deleteWithOldPassword, deleted -> {
            busy.set(false);
            oldPasswordBackups.clear();
            refreshBackups();
            passwordMessage.set("Deleted " + deleted + (deleted == 1 ? " backup" : " backups")
                    + " that opened with the old master password." + ROTATE_HINT);
        }, this::oldBackupsFailed);
    }

    /** Keeps the old backups as they are: they stay listed, and still open with the old password. */
    public void keepOldBackups() {
        if (busy.get() || oldPasswordBackups.isEmpty()) {
            return;
        }
        int count = oldPasswordBackups.size();
        keptOldBackups = true;
        oldPasswordBackups.clear();
        passwordMessage.set("Kept " + count + (count == 1 ? " backup that still opens" : " backups that still open")
                + " with the old master password." + ROTATE_HINT);
    }

    static final String ROTATE_HINT = " If your old password may have leaked, rotate your OKX keys: open each key"
            + " and choose Rotate, which guides you through replacing it at OKX.";

    private void oldBackupsFailed(Exception failure) {
        busy.set(false);
        ErrorReporter.log(failure);
        passwordMessage.set(ErrorReporter.sentenceFor(failure));
    }

    private void backupFailed(Exception failure) {
        ErrorReporter.log(failure);
        backupMessage.set(ErrorReporter.sentenceFor(failure));
    }

    static String when(Backup backup) {
        return BACKUP_TIME.format(backup.createdAt().atZone(ZoneId.systemDefault()));
    }

    public IntegerProperty autoLockMinutesProperty() {
        return autoLockMinutes;
    }

    public BooleanProperty lockWhenMinimisedProperty() {
        return lockWhenMinimised;
    }

    public IntegerProperty clipboardClearSecondsProperty() {
        return clipboardClearSeconds;
    }

    public IntegerProperty rotationReminderDaysProperty() {
        return rotationReminderDays;
    }

    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme;
    }

    public ObservableList<BackupStanding> backups() {
        return backups;
    }

    /** Backups the old password still opens, while the user has not chosen to re-encrypt, delete or keep them. */
    public ObservableList<Backup> oldPasswordBackups() {
        return oldPasswordBackupsView;
    }

    public ReadOnlyStringProperty passwordMessageProperty() {
        return passwordMessage;
    }

    public ReadOnlyStringProperty backupMessageProperty() {
        return backupMessage;
    }

    /** The new master password as typed: Change is off until it rates Good and both entries match. */
    public NewPasswordRating newPassword() {
        return newPassword;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** True from a click on Restore until it is answered: refused, cancelled, or the vault locked to restore. */
    public ReadOnlyBooleanProperty restoringProperty() {
        return restoreSequence.underWayProperty();
    }

    /** Whether this page is shown (the view binds it): once left, a restore's outcome is said {@code elsewhere}. */
    public BooleanProperty shownProperty() {
        return restoreSequence.shownProperty();
    }
}
