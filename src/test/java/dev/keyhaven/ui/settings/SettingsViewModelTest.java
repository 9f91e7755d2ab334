package dev.keyhaven.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.AppSettings;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.LogCapture;
import dev.keyhaven.ui.common.RecordingDialogs;
import dev.keyhaven.ui.common.ThemeChoice;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.vault.Backup;
import dev.keyhaven.vault.BackupStanding;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {

    private static final String PASSWORD = "lantern orbit velvet cactus";

    @TempDir
    Path folder;

    private Vault vault;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<AppSettings> changes = new ArrayList<>();
    private final List<Backup> restores = new ArrayList<>();
    private final List<String> elsewhere = new ArrayList<>();
    private SettingsViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        try (Secret password = Secret.ofString(PASSWORD)) {
            vault = Vault.create(folder.resolve("vault.keyhaven"), password, VaultOptions.forTests());
        }
        model = new SettingsViewModel(AppSettings.DEFAULTS, vault, BackgroundWork.inline(), dialogs, changes::add,
                (backup, refused) -> restores.add(backup), elsewhere::add);
    }

    @AfterEach
    void closeVault() {
        vault.close();
    }

    private void change(String current, String next, String repeated) {
        try (Secret a = Secret.ofString(current); Secret b = Secret.ofString(next); Secret c = Secret.ofString(repeated)) {
            model.changePassword(a, b, c);
        }
    }

    @Test
    void eachChangeReachesTheShellAtOnce() {
        model.autoLockMinutesProperty().set(10);
        model.clipboardClearSecondsProperty().set(30);
        model.themeProperty().set(ThemeChoice.DARK);
        model.rotationReminderDaysProperty().set(60);
        model.lockWhenMinimisedProperty().set(false);
        assertThat(changes).hasSize(5);
        assertThat(changes.get(3)).isEqualTo(new AppSettings(10, 30, ThemeChoice.DARK, 60, null));
        assertThat(changes.get(4)).isEqualTo(new AppSettings(10, 30, ThemeChoice.DARK, 60, null, false));
    }

    @Test
    void theLastBackupIsTheNewestThatCanBeRestoredNotAStrayFileUnderALaterName() throws Exception {
        model.refreshBackups();
        assertThat(model.lastBackupProperty().get()).startsWith("No backup yet");
        Path stray = folder.resolve("vault.keyhaven.backups").resolve("29991231-235959.manual.khbackup");
        java.nio.file.Files.createDirectories(stray);
        model.refreshBackups();
        assertThat(model.lastBackupProperty().get()).isEqualTo("No backup here can be restored: choose Back up now to make one.");

        vault.add(new KeyDraft("Trading bot", Purpose.TRADING, Environment.LIVE, Region.EEA, null, "", 90,
                new Credentials(Secret.ofString("k"), Secret.ofString("s"), Secret.ofString("p"))));
        Backup real = vault.backups().now("manual");
        model.refreshBackups();

        assertThat(model.lastBackupProperty().get()).startsWith("The last backup your master password opens was made ")
                .doesNotContain("2999")
                .contains(String.valueOf(real.createdAt().atZone(java.time.ZoneId.systemDefault()).getYear()));
    }

    @Test
    void rightAfterAPasswordChangeTheLastBackupIsNotOneTheOldPasswordLocks() throws Exception {
        vault.add(new KeyDraft("Trading bot", Purpose.TRADING, Environment.LIVE, Region.EEA, null, "", 90,
                new Credentials(Secret.ofString("k"), Secret.ofString("s"), Secret.ofString("p"))));
        vault.backups().now("manual");

        change(PASSWORD, "meadow quartz falcon tide", "meadow quartz falcon tide");

        assertThat(model.backups()).extracting(standing -> standing.backup().reason()).contains("password change");
        assertThat(model.lastBackupProperty().get())
                .isEqualTo(dev.keyhaven.vault.LastBackup.sentence(vault.backups().standings(), java.time.ZoneId.systemDefault()))
                .startsWith("No backup opens with your current master password: choose Back up now to make one.")
                .contains("older backups open only with a master password you used before the current one.");
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() throws Exception {
        change("not it", "meadow quartz falcon tide", "meadow quartz falcon tide");
        assertThat(model.passwordMessageProperty().get()).contains("current master password is not right");
        vault.close();
        try (Secret old = Secret.ofString(PASSWORD)) {
            Vault.open(folder.resolve("vault.keyhaven"), old, VaultOptions.forTests()).close();
        }
    }

    @Test
    void mismatchedOrWeakNewPasswordsAreCaughtFirst() {
        change(PASSWORD, "meadow quartz falcon tide", "meadow quartz falcon tid");
        assertThat(model.passwordMessageProperty().get()).contains("differ");
        change(PASSWORD, "short", "short");
        assertThat(model.passwordMessageProperty().get()).contains("not strong enough");
    }

    @Test
    void theNewPasswordOpensTheVaultAfterAChange() throws Exception {
        change(PASSWORD, "meadow quartz falcon tide", "meadow quartz falcon tide");
        assertThat(model.passwordMessageProperty().get()).startsWith("The master password was changed");
        vault.close();
        try (Secret next = Secret.ofString("meadow quartz falcon tide")) {
            Vault.open(folder.resolve("vault.keyhaven"), next, VaultOptions.forTests()).close();
        }
    }

    @Test
    void backUpNowAddsABackupToTheList() {
        model.refreshBackups();
        int before = model.backups().size();
        model.backupNow();
        assertThat(model.backups()).hasSize(before + 1);
        assertThat(model.backups()).anySatisfy(backup -> assertThat(backup.backup().reason()).isEqualTo("manual"));
        assertThat(model.backupMessageProperty().get()).startsWith("Backed up at");
    }

    @Test
    void restoreIsHandedOnOnlyAfterAYes() {
        model.backupNow();
        BackupStanding backup = model.backups().get(0);
        model.restore(backup);
        assertThat(restores).isEmpty();
        dialogs.answering(true);
        model.restore(backup);
        assertThat(restores).containsExactly(backup.backup());
    }

    @Test
    void restoreAsksWithTheKeysTheBackupLacks() throws Exception {
        model.backupNow();
        vault.add(new KeyDraft("Trading bot", Purpose.TRADING, Environment.LIVE, Region.EEA, null, "", 90,
                new Credentials(Secret.ofString("apikey-1"), Secret.ofString("secret-1"), Secret.ofString("pass-1"))));
        model.refreshBackups();
        BackupStanding before = model.backups().stream().filter(one -> one.backup().reason().equals("manual"))
                .findFirst().orElseThrow();

        model.restore(before);

        assertThat(dialogs.confirmations).singleElement().asString().contains("(by hand)?")
                .contains("It lacks your only key: restoring it loses Trading bot.")
                .contains("master password it had at that time");
        assertThat(restores).isEmpty();
        assertThat(dialogs.destructive).as("Restore and lock is drawn red").hasSize(1);
    }

    @Test
    void theQuestionComparesTheBackupWithTheVaultAsItIsWhenAskedNotAsTheListWasDrawn() throws Exception {
        model.backupNow();
        BackupStanding listed = model.backups().get(0);
        vault.add(new KeyDraft("Trading bot", Purpose.TRADING, Environment.LIVE, Region.EEA, null, "", 90,
                new Credentials(Secret.ofString("apikey-1"), Secret.ofString("secret-1"), Secret.ofString("pass-1"))));

        model.restore(listed);

        assertThat(dialogs.confirmations).singleElement().asString()
                .contains("It lacks your only key: restoring it loses Trading bot.");
    }

    @Test
    void aBackupDamagedOrGoneSinceTheListWasDrawnIsNotAskedAbout() throws Exception {
        model.backupNow();
        BackupStanding damaged = model.backups().get(0);
        java.nio.file.Files.write(damaged.backup().file(), new byte[] {1, 2, 3});
        dialogs.answering(true);

        model.restore(damaged);

        assertThat(dialogs.confirmations).as("nothing asked").isEmpty();
        assertThat(model.backupMessageProperty().get()).isNotEmpty().isNotEqualTo(RestoreSequence.CHECKING);
        java.nio.file.Files.delete(damaged.backup().file());

        model.restore(damaged);

        assertThat(dialogs.confirmations).as("nothing asked").isEmpty();
        assertThat(model.backupMessageProperty().get()).isEqualTo("The backup " + damaged.backup().id()
                + " is no longer in the backups folder, so nothing was restored. Choose another backup in the list.");
        assertThat(restores).isEmpty();
    }

    @Test
    void whileACommandReadsTheVaultRestoreSaysSoInsteadOfAsking() throws Exception {
        model.backupNow();
        BackupStanding backup = model.backups().get(0);
        dialogs.answering(true);
        try (Secret password = Secret.ofString(PASSWORD);
                Vault command = Vault.openShared(vault.path(), password, VaultOptions.forTests())) {
            model.restore(backup);
        }

        assertThat(dialogs.confirmations).as("nothing asked").isEmpty();
        assertThat(restores).isEmpty();
        assertThat(model.backupMessageProperty().get()).startsWith("A Keyhaven command is still reading this vault (")
                .endsWith("Try again when it has finished.");
        model.restore(backup);
        assertThat(restores).as("once it is free").containsExactly(backup.backup());
    }

    /** Work queued by the model, run when the test says: the look is still waiting meanwhile. */
    private final List<Runnable> queued = new ArrayList<>();

    /** How each restore handed on says it was refused. */
    private final List<java.util.function.Consumer<String>> handedBack = new ArrayList<>();

    /** A model whose looks wait in {@link #queued}, showing one manual backup. */
    private SettingsViewModel waitingModelWithABackup() throws Exception {
        vault.backups().now("manual");
        SettingsViewModel waiting = new SettingsViewModel(AppSettings.DEFAULTS, vault,
                new BackgroundWork(queued::add, Runnable::run), dialogs, changes::add, (backup, refused) -> {
                    restores.add(backup);
                    handedBack.add(refused);
                }, elsewhere::add);
        waiting.refreshBackups();
        runQueued();
        return waiting;
    }

    private void runQueued() {
        List<Runnable> now = new ArrayList<>(queued);
        queued.clear();
        now.forEach(Runnable::run);
    }

    @Test
    void restoreIsOffFromTheClickUntilAnsweredAndASecondClickAsksNothingMore() throws Exception {
        SettingsViewModel waiting = waitingModelWithABackup();
        BackupStanding backup = waiting.backups().get(0);

        waiting.restore(backup);
        assertThat(waiting.restoringProperty().get()).isTrue();
        assertThat(waiting.backupMessageProperty().get()).isEqualTo("Checking the backup…");
        waiting.restore(backup);
        runQueued();
        assertThat(dialogs.confirmations).as("one question").hasSize(1);
        assertThat(waiting.restoringProperty().get()).as("on again after a no").isFalse();
        assertThat(waiting.backupMessageProperty().get()).isEmpty();

        dialogs.answering(true);
        waiting.restore(backup);
        runQueued();
        waiting.restore(backup);
        runQueued();
        assertThat(dialogs.confirmations).hasSize(2);
        assertThat(restores).containsExactly(backup.backup());
        assertThat(waiting.restoringProperty().get()).as("off while the shell prepares").isTrue();
        assertThat(waiting.backupMessageProperty().get()).isEqualTo("Preparing the backup…");

        handedBack.get(0).accept("A Keyhaven command is still reading this vault.");
        assertThat(waiting.restoringProperty().get()).isFalse();
        assertThat(waiting.backupMessageProperty().get()).isEqualTo("A Keyhaven command is still reading this vault.");
    }

    @Test
    void onceSettingsIsLeftARefusalIsSaidWhereTheTraderIsAndNothingIsAsked() throws Exception {
        SettingsViewModel waiting = waitingModelWithABackup();
        BackupStanding backup = waiting.backups().get(0);
        dialogs.answering(true);

        waiting.restore(backup);
        waiting.shownProperty().set(false);
        runQueued();
        assertThat(dialogs.confirmations).as("no question over another page").isEmpty();
        assertThat(elsewhere).containsExactly("The backup was not restored. You left Settings before Keyhaven asked."
                + " Open Settings and choose Restore again.");

        waiting.shownProperty().set(true);
        waiting.restore(backup);
        runQueued();
        waiting.shownProperty().set(false);
        handedBack.get(0).accept("A Keyhaven command is still reading this vault.");
        assertThat(elsewhere).hasSize(2).last().isEqualTo(
                "The backup was not restored. A Keyhaven command is still reading this vault.");
        assertThat(waiting.restoringProperty().get()).isFalse();
    }

    @Test
    void aLookThatFailsUnexpectedlyIsLoggedAndSaidWithANextStep() throws Exception {
        model.backupNow();
        BackupStanding backup = model.backups().get(0);
        SettingsViewModel failing = new SettingsViewModel(AppSettings.DEFAULTS, vault, BackgroundWork.inline(), dialogs,
                changes::add, (chosen, refused) -> restores.add(chosen), elsewhere::add, new RestoreLooks() {
            @Override
            public void requireFree(Vault open) {
                throw new IllegalStateException("a fault in Keyhaven");
            }

            @Override
            public dev.keyhaven.vault.PreparedRestore prepare(Vault open, dev.keyhaven.vault.Backup chosen) {
                throw new AssertionError("not before the question");
            }
        });
        LogCapture log = LogCapture.start();
        try (log) {
            failing.restore(backup);
        }

        assertThat(log.records()).singleElement().satisfies(record ->
                assertThat(record.getThrown()).isInstanceOf(IllegalStateException.class));
        assertThat(failing.backupMessageProperty().get()).startsWith("Keyhaven ran into an unexpected problem")
                .contains("Try again");
        assertThat(dialogs.confirmations).isEmpty();
        assertThat(failing.restoringProperty().get()).isFalse();
    }
}
