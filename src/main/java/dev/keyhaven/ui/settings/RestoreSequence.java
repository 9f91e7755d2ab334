package dev.keyhaven.ui.settings;

import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.Dialogs;
import dev.keyhaven.ui.common.ErrorReporter;
import dev.keyhaven.vault.Backup;
import dev.keyhaven.vault.BackupStanding;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import java.time.ZoneId;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Settings' Restore, one sequence: Restore is off from the click until the trader has an answer ({@link
 * #underWayProperty()}). In the background, whether a Keyhaven command reads the vault, and what the backup holds
 * against the vault as it is then (compared again, not as the list was drawn); then the question, with the keys
 * restoring it loses; on a yes the shell prepares the backup and looks again in the background (a command may start
 * while the question is open), then locks and restores, or hands back why not and the vault stays unlocked. A
 * refusal or failure is said on the page, or {@code elsewhere} (the status bar) once the trader left it, and the
 * question is not asked then. A backup no password would open (damaged, or its header changed outside Keyhaven),
 * or gone from the folder, is not offered.
 */
final class RestoreSequence {

    static final String CHECKING = "Checking the backup…";
    static final String PREPARING = "Preparing the backup…";
    static final String NOT_RESTORED = "The backup was not restored. ";

    private final Vault vault;
    private final BackgroundWork work;
    private final Dialogs dialogs;
    private final RestoreLooks looks;
    private final BiConsumer<Backup, Consumer<String>> onRestore;
    private final Consumer<String> onPage;
    private final Consumer<String> elsewhere;
    private final BooleanProperty underWay = new SimpleBooleanProperty(this, "underWay", false);
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", true);

    /**
     * @param onRestore as {@link SettingsViewModel}'s: restores once the trader said yes, or hands back why not
     * @param onPage    says on the page how the restore goes (the Backups section's message)
     * @param elsewhere says a refusal where the trader is once the page is no longer shown
     */
    RestoreSequence(Vault vault, BackgroundWork work, Dialogs dialogs, RestoreLooks looks,
            BiConsumer<Backup, Consumer<String>> onRestore, Consumer<String> onPage, Consumer<String> elsewhere) {
        this.vault = vault;
        this.work = work;
        this.dialogs = dialogs;
        this.looks = looks;
        this.onRestore = onRestore;
        this.onPage = onPage;
        this.elsewhere = elsewhere;
    }

    void start(BackupStanding chosen) {
        if (underWay.get()) {
            return;
        }
        if (chosen == null) {
            onPage.accept("Choose a backup in the list first.");
            return;
        }
        if (!chosen.restorable()) {
            onPage.accept(chosen.holds() + " " + chosen.comparison());
            return;
        }
        underWay.set(true);
        onPage.accept(CHECKING);
        work.run(() -> {
            looks.requireFree(vault);
            return standingNow(chosen);
        }, now -> askAndRestore(chosen, now), this::failed);
    }

    /**
     * {@code listed}'s standing again, against the vault as it is now (a key added, or what OKX said, since the list
     * was drawn): the question tells the truth as of when it is asked. Empty when the backup is gone meanwhile.
     */
    private java.util.Optional<BackupStanding> standingNow(BackupStanding listed) throws VaultException {
        return vault.backups().standingNow(listed.backup());
    }

    private void askAndRestore(BackupStanding listed, java.util.Optional<BackupStanding> now) {
        if (!shown.get()) {
            refused("You left Settings before Keyhaven asked. Open Settings and choose Restore again.");
            return;
        }
        if (now.isEmpty()) {
            refused("The backup " + listed.backup().id() + " is no longer in the backups folder, so nothing was"
                    + " restored. Choose another backup in the list.");
            return;
        }
        BackupStanding chosen = now.get();
        if (!chosen.restorable()) {
            refused(chosen.holds() + " " + chosen.comparison());
            return;
        }
        boolean sure = dialogs.confirmDestructive(chosen.restoreTitle(ZoneId.systemDefault()), chosen.restoreDetails()
                        + " Keyhaven locks now; unlock the restored vault with the master password it had at that time.",
                "Restore and lock");
        if (!sure) {
            underWay.set(false);
            onPage.accept("");
            return;
        }
        onPage.accept(PREPARING);
        onRestore.accept(chosen.backup(), this::refused);
    }

    private void failed(Exception failure) {
        ErrorReporter.log(failure);
        refused(ErrorReporter.sentenceFor(failure));
    }

    private void refused(String why) {
        underWay.set(false);
        if (shown.get()) {
            onPage.accept(why);
        } else {
            onPage.accept("");
            elsewhere.accept(NOT_RESTORED + why);
        }
    }

    /** True from a click on Restore until it is answered: refused, cancelled, or the vault locked to restore. */
    ReadOnlyBooleanProperty underWayProperty() {
        return underWay;
    }

    /** Whether the page is shown: once left, a restore's outcome is said {@code elsewhere}. */
    BooleanProperty shownProperty() {
        return shown;
    }
}
