package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;

/**
 * Settings' Restore while a Keyhaven command reads the vault (as 'keyhaven run' does beside the app), one that
 * started while the question was open, refuses before it locks the app or says it is restoring (review 27: it
 * locked, said "Restoring the backup…", then failed): the app stays unlocked on Settings, says what holds the vault
 * and what to do, and the vault file is as it was.
 */
class BackupRestoreWhileHeldUiTest extends AppUiTest {

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        vaultExists();
        return super.config(vault, configDirectory);
    }

    private Button dialogButton(String label) {
        return lookup(".dialog-pane .button").queryAll().stream().map(Button.class::cast)
                .filter(button -> button.getText().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void aRestoreWhileACommandReadsTheVaultStaysUnlockedAndSaysWhy() throws Exception {
        unlock();
        waitUntil(() -> app.shell().vault().isPresent());
        app.shell().vault().orElseThrow().backups().now("by hand");
        clickWhenReady(this, "#open-settings");
        waitUntil(() -> showing(this, "#backup-list"));
        interact(() -> lookup("#backup-list").queryAs(ListView.class).getSelectionModel().select(0));
        waitUntil(() -> !lookup("#restore-backup").queryAs(Button.class).isDisabled());

        Platform.runLater(() -> lookup("#restore-backup").queryAs(Button.class).fire());
        waitUntil(() -> lookup("Restore and lock").tryQuery().isPresent());
        // The command starts while the question is open: Settings asked only after finding the vault free.
        try (Secret password = Secret.ofString(MASTER);
                Vault command = Vault.openShared(vaultFile(), password, VaultOptions.forTests())) {
            byte[] before = Files.readAllBytes(vaultFile());
            interact(() -> dialogButton("Restore and lock").fire());
            waitUntil(() -> text(this, "#backup-message").contains("Keyhaven"));

            assertThat(text(this, "#backup-message")).isEqualTo("A Keyhaven command is still reading this vault ("
                    + vaultFile().toAbsolutePath() + "), for example one starting a bot. Try again when it has finished.");
            assertThat(app.shell().vault()).as("still unlocked").isPresent();
            assertThat(showing(this, "#backup-list")).as("still on Settings").isTrue();
            assertThat(lookup("Restoring the backup…").tryQuery()).isEmpty();
            assertThat(Arrays.equals(Files.readAllBytes(vaultFile()), before)).as("the vault file is as it was").isTrue();
            assertThat(command.keys()).as("the command still reads it").isNotNull();
        }
    }
}
