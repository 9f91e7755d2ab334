package dev.keyhaven.ui.unlock;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.Dialogs;
import dev.keyhaven.ui.common.ErrorReporter;
import dev.keyhaven.vault.Backup;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultFile;
import dev.keyhaven.vault.VaultException;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Unlocks the vault. After {@value #FREE_TRIES} wrong passwords each further try waits, 5 s first and
 * twice as long after each further failure (at most 5 minutes), which makes guessing at the keyboard slow.
 */
public final class UnlockViewModel {

    static final int FREE_TRIES = 3;
    private static final Duration FIRST_WAIT = Duration.ofSeconds(5);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    /** A command (list, run) holds the vault for about a second while it unlocks it: wait that out. */
    static final Duration COMMAND_GRACE = Duration.ofSeconds(3);
    private static final long RETRY_MILLIS = 100;

    private final Path vaultFile;
    private final VaultOptions options;
    private final Clock clock;
    private final BackgroundWork work;
    private final Dialogs dialogs;
    private final Consumer<Vault> onUnlocked;
    private final ReadAhead readAhead;

    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    /** True while a key derivation runs that {@link #cancel()} may abandon (not during a restore). */
    private final BooleanProperty cancellable = new SimpleBooleanProperty(this, "cancellable", false);
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    /** Good news (a backup restored), drawn apart from {@link #message}'s problems; a new problem replaces it. */
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");
    private final IntegerProperty secondsToWait = new SimpleIntegerProperty(this, "secondsToWait", 0);
    private int failures;
    private Instant retryAllowedAt = Instant.EPOCH;
    /** Raised by each unlock and by {@link #cancel()}: a result from an earlier attempt is dropped (and closed). */
    private int attempt;

    public UnlockViewModel(Path vaultFile, VaultOptions options, Clock clock, BackgroundWork work, Dialogs dialogs,
            Consumer<Vault> onUnlocked) {
        this(vaultFile, options, clock, work, dialogs, ReadAhead.NONE, onUnlocked);
    }

    /**
     * @param readAhead  what is read from a vault on the unlock's own thread, as soon as it opened without a
     *                   question to ask about it, and forgotten again if the unlock is abandoned meanwhile
     * @param onUnlocked on the JavaFX thread, with the vault the user unlocked
     */
    public UnlockViewModel(Path vaultFile, VaultOptions options, Clock clock, BackgroundWork work, Dialogs dialogs,
            ReadAhead readAhead, Consumer<Vault> onUnlocked) {
        this.vaultFile = vaultFile;
        this.options = options;
        this.clock = clock;
        this.work = work;
        this.dialogs = dialogs;
        this.onUnlocked = onUnlocked;
        this.readAhead = readAhead;
        message.addListener((observable, was, now) -> {
            if (!now.isEmpty()) {
                notice.set("");
            }
        });
    }

    /** How long the user waits after {@code failures} wrong passwords in a row. */
    static Duration waitAfter(int failures) {
        if (failures < FREE_TRIES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_TRIES, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    public Path vaultFile() {
        return vaultFile;
    }

    /** Tries {@code password} (the caller keeps and wipes it). */
    public void unlock(Secret password) {
        refreshWait();
        if (busy.get() || secondsToWait.get() > 0) {
            return;
        }
        if (password.isEmpty()) {
            message.set("Type your master password, then press Enter.");
            return;
        }
        busy.set(true);
        message.set("");
        cancellable.set(true);
        Secret copy = password.copy();
        int mine = ++attempt;
        work.run(() -> {
            Vault opened;
            try (copy) {
                opened = openWaitingForCommands(copy);
            }
            if (opened.otherVaultWarning().isEmpty() && opened.olderCopyWarning().isEmpty()) {
                try {
                    readAhead.read().accept(opened);
                } catch (RuntimeException | Error failed) {
                    // An open vault nobody holds would stay locked against every later unlock.
                    opened.close();
                    throw failed;
                }
            }
            return opened;
        }, vault -> {
            if (mine == attempt) {
                unlocked(vault);
            } else {
                readAhead.forget().accept(vault);
                vault.close();
            }
        }, failure -> {
            if (mine == attempt) {
                failed(failure);
            }
        });
    }

    /**
     * Abandons the unlock under way. The key derivation cannot be stopped mid-way, so it runs to its end in
     * the background; its result is then closed (the data key wiped) and never reaches the screen.
     */
    public void cancel() {
        if (!cancellable.get()) {
            return;
        }
        attempt++;
        cancellable.set(false);
        busy.set(false);
        message.set("Unlock cancelled. Type your master password again when you are ready.");
    }

    /** Opens the vault; while another Keyhaven holds it or is busy with it, tries again for {@link #COMMAND_GRACE}. */
    private Vault openWaitingForCommands(Secret password) throws VaultException, InterruptedException {
        long giveUpAt = System.nanoTime() + COMMAND_GRACE.toNanos();
        while (true) {
            try {
                return Vault.open(vaultFile, password, options);
            } catch (VaultException e) {
                boolean held = e.reason() == VaultException.Reason.IN_USE || e.reason() == VaultException.Reason.BUSY;
                if (!held || System.nanoTime() > giveUpAt) {
                    throw e;
                }
            }
            Thread.sleep(RETRY_MILLIS);
        }
    }

    /** Recomputes the wait; the view calls it every second while a wait runs. */
    public void refreshWait() {
        long millis = Duration.between(clock.instant(), retryAllowedAt).toMillis();
        secondsToWait.set(millis <= 0 ? 0 : (int) ((millis + 999) / 1000));
    }

    private void unlocked(Vault vault) {
        cancellable.set(false);
        busy.set(false);
        failures = 0;
        retryAllowedAt = Instant.EPOCH;
        message.set("");
        if (vault.otherVaultWarning().isPresent() && !openOtherVault(vault, vault.otherVaultWarning().get())) {
            vault.close();
            message.set("Keyhaven did not open this vault. Put your own vault file back at " + vaultFile
                    + " or restore your newest backup, then unlock again.");
            return;
        }
        vault.olderCopyWarning().ifPresent(warning -> keepOrNot(vault, warning));
        vault.memoryUnreadableWarning().ifPresent(warning -> dialogs.inform("Keyhaven cannot tell whether this vault"
                + " was rolled back", warning));
        onUnlocked.accept(vault);
    }

    /** Another vault than the one last opened at this path: opened only if the user says so. */
    private boolean openOtherVault(Vault vault, String warning) {
        if (!dialogs.confirm("This is not the vault last opened here", warning, "I replaced it: open it")) {
            return false;
        }
        try {
            vault.acceptOtherVault();
        } catch (VaultException lockedMeanwhile) {
            // asked again at the next unlock
        }
        return true;
    }

    /** The file is older than the one Keyhaven last saw: said at every unlock until the user keeps it on purpose. */
    private void keepOrNot(Vault vault, String warning) {
        if (dialogs.confirm("This vault is an older copy", warning, "I put it there: keep it")) {
            try {
                vault.acceptOlderCopy();
            } catch (VaultException lockedMeanwhile) {
                // asked again at the next unlock
            }
        }
    }

    private void failed(Exception failure) {
        cancellable.set(false);
        busy.set(false);
        if (!(failure instanceof VaultException vaultError)) {
            ErrorReporter.log(failure);
            message.set(ErrorReporter.sentenceFor(failure));
            return;
        }
        switch (vaultError.reason()) {
            case WRONG_PASSWORD -> wrongPassword();
            case DAMAGED -> damaged(vaultError);
            case TAMPERED -> tampered(vaultError);
            case IN_USE -> message.set("Another Keyhaven window has this vault open, or a command is using it. Close"
                    + " that window or let the command finish, then unlock here.");
            case NOT_FOUND -> message.set("The vault file is gone from " + vaultFile
                    + ". Put it back (or restore a backup) and try again.");
            default -> message.set(ErrorReporter.sentenceFor(vaultError));
        }
    }

    private void wrongPassword() {
        failures++;
        Duration wait = waitAfter(failures);
        retryAllowedAt = clock.instant().plus(wait);
        refreshWait();
        String text = "That password does not open this vault. Check Caps Lock and the keyboard layout, then try again.";
        if (!wait.isZero()) {
            text += " After " + failures + " wrong tries, wait " + wait.toSeconds() + " seconds before the next one.";
        }
        message.set(text);
    }

    /**
     * A backup that reads as whole is not yet proven: only the master password it had proves it at unlock. And it
     * holds nothing OKX said after it was made, which the unreadable vault cannot give it.
     */
    private static final String SINCE = " (Keyhaven proves it with its master password when you unlock it; anything"
            + " OKX said since, such as a key it deleted, is not in it, so check your keys once it is open)";

    private void damaged(VaultException error) {
        Optional<Backup> backup = goodBackup(error);
        if (backup.isEmpty()) {
            message.set("The vault file is damaged and there is no whole backup beside it. Keep the file: do not"
                    + " delete it. If you copied it elsewhere, put that copy at " + vaultFile + ".");
            return;
        }
        String when = when(backup.get());
        boolean restore = dialogs.confirmDestructive("The vault file is damaged",
                "Keyhaven cannot read the vault file, but it has a whole backup from " + when + ". Restoring it"
                        + " brings back the keys as they were then" + SINCE + "; the damaged file is kept as another"
                        + " backup."
                        + " Unlock the restored vault with the master password it had at that time.",
                "Restore backup");
        if (!restore) {
            message.set("The vault file is damaged. Restore the backup from " + when + " to continue.");
            return;
        }
        restore(backup.get(), when);
    }

    /** The rows do not match their seal: say so, apart from damage, and offer the newest whole backup. */
    private void tampered(VaultException error) {
        String changed = "The vault file was changed outside Keyhaven: someone or something edited it, and"
                + " Keyhaven accepted none of it.";
        String rotate = " If you did not make that change, rotate your OKX keys once the vault is open again.";
        Optional<Backup> backup = goodBackup(error);
        if (backup.isEmpty()) {
            message.set(changed + " There is no whole backup beside it: keep the vault closed and the file as it is,"
                    + " and put a copy you trust at " + vaultFile + "." + rotate);
            return;
        }
        String when = when(backup.get());
        boolean restore = dialogs.confirmDestructive("The vault file was changed outside Keyhaven",
                changed + " The newest whole backup is from " + when + ". Restoring it brings back the keys as they"
                        + " were then" + SINCE + "; the changed file is kept as another backup. Or keep the vault closed and"
                        + " look into the change first." + rotate,
                "Restore backup");
        if (!restore) {
            message.set(changed + " Restore the backup from " + when + ", or keep the vault closed." + rotate);
            return;
        }
        restore(backup.get(), when);
    }

    private void restore(Backup backup, String when) {
        busy.set(true);
        int mine = ++attempt;
        work.run(() -> {
            VaultFile.restore(vaultFile, backup, options);
            return when;
        }, restoredFrom -> {
            if (mine == attempt) {
                busy.set(false);
                message.set("");
                notice.set("Restored the backup from " + restoredFrom
                        + ". Unlock it with the master password it had then.");
            }
        }, failure -> {
            if (mine == attempt) {
                busy.set(false);
                ErrorReporter.log(failure);
                message.set(ErrorReporter.sentenceFor(failure));
            }
        });
    }

    private Optional<Backup> goodBackup(VaultException error) {
        return error.newestGoodBackup().flatMap(this::findBackup);
    }

    private static String when(Backup backup) {
        return dev.keyhaven.keys.KeyStatus.moment(backup.createdAt(), ZoneId.systemDefault());
    }

    private Optional<Backup> findBackup(Path file) {
        try {
            return VaultFile.backups(vaultFile).stream()
                    .filter(backup -> backup.file().toAbsolutePath().equals(file.toAbsolutePath()))
                    .findFirst();
        } catch (VaultException e) {
            return Optional.empty();
        }
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyIntegerProperty secondsToWaitProperty() {
        return secondsToWait;
    }

    public int failures() {
        return failures;
    }
}
