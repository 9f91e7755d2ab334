package dev.keyhaven.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.AppSettings;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.RecordingDialogs;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultFile;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After a password change: the notice, and re-encrypting, deleting or keeping the backups the old password opens. */
class OldPasswordBackupsViewModelTest {

    private static final String OLD = "lantern orbit velvet cactus";
    private static final String NEW = "meadow quartz falcon tide";

    @TempDir
    Path folder;

    private Vault vault;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private SettingsViewModel model;

    @BeforeEach
    void changePassword() throws Exception {
        try (Secret password = Secret.ofString(OLD)) {
            vault = Vault.create(folder.resolve("vault.keyhaven"), password, VaultOptions.forTests());
        }
        vault.backups().now("before");
        model = new SettingsViewModel(AppSettings.DEFAULTS, vault, BackgroundWork.inline(), dialogs, settings -> { },
                (backup, refused) -> { }, said -> { });
        try (Secret a = Secret.ofString(OLD); Secret b = Secret.ofString(NEW); Secret c = Secret.ofString(NEW)) {
            model.changePassword(a, b, c);
        }
    }

    @AfterEach
    void closeVault() {
        vault.close();
    }

    @Test
    void theChangeShowsTheNoticeAndOffersTheChoices() throws Exception {
        assertThat(model.passwordMessageProperty().get()).contains("still open").contains("old password")
                .contains("rotate your OKX keys");
        assertThat(model.oldPasswordBackups()).hasSize(2).containsExactlyElementsOf(vault.backups().withOldPassword());
    }

    @Test
    void deletingAsksFirstThenRemovesOnlyTheOldPasswordBackups() throws Exception {
        int all = VaultFile.backups(vault.path()).size();

        model.deleteOldBackups();
        assertThat(dialogs.confirmations).singleElement().asString().contains("Delete the 2 backups");
        assertThat(dialogs.destructive).as("Delete them is drawn red").hasSize(1);
        assertThat(vault.backups().withOldPassword()).as("a no deletes nothing").hasSize(2);

        dialogs.answering(true);
        model.deleteOldBackups();

        assertThat(vault.backups().withOldPassword()).isEmpty();
        assertThat(VaultFile.backups(vault.path())).hasSize(all - 2);
        assertThat(model.oldPasswordBackups()).isEmpty();
        assertThat(model.backups()).hasSize(all - 2);
        assertThat(model.passwordMessageProperty().get()).startsWith("Deleted 2 backups").contains("Rotate");
    }

    @Test
    void reencryptingNeedsTheOldPasswordAndLeavesOnlyTheNewOneOpeningThem() throws Exception {
        reencryptWith("");
        assertThat(model.passwordMessageProperty().get()).contains("Type the old master password once more");

        reencryptWith("not the old one");
        assertThat(vault.backups().withOldPassword()).hasSize(2);
        assertThat(model.oldPasswordBackups()).hasSize(2);
        assertThat(model.passwordMessageProperty().get()).contains("2 backups were left as they were: the password you typed did not open them");

        reencryptWith(OLD);
        assertThat(vault.backups().withOldPassword()).isEmpty();
        assertThat(model.oldPasswordBackups()).isEmpty();
        assertThat(model.passwordMessageProperty().get()).contains("new master password only");
    }

    @Test
    void keepingLeavesThemAndSaysSo() throws Exception {
        model.keepOldBackups();
        assertThat(model.oldPasswordBackups()).isEmpty();
        assertThat(vault.backups().withOldPassword()).hasSize(2);
        assertThat(model.passwordMessageProperty().get()).startsWith("Kept 2 backups that still open");
    }

    @Test
    void afterARestartSettingsStillOffersTheChoicesForTheBackupsOnDisk() throws Exception {
        SettingsViewModel afterRestart = new SettingsViewModel(AppSettings.DEFAULTS, vault, BackgroundWork.inline(),
                dialogs, settings -> { }, (backup, refused) -> { }, said -> { });
        afterRestart.refreshBackups();
        assertThat(afterRestart.oldPasswordBackups()).hasSize(2)
                .containsExactlyElementsOf(vault.backups().withOldPassword());

        afterRestart.keepOldBackups();
        afterRestart.refreshBackups();
        assertThat(afterRestart.oldPasswordBackups()).as("kept on this page").isEmpty();
    }

    private void reencryptWith(String oldPassword) {
        try (Secret typed = Secret.ofString(oldPassword)) {
            model.reencryptOldBackups(typed);
        }
    }
}
