package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static dev.keyhaven.ui.UiTestSupport.windowAnswers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;

/**
 * Settings' Restore while something holds the vault for long (a backup, a password change: here a thread holding
 * the vault's monitor, on which each look at the vault waits). The looks before the question and before the lock run
 * in the background (outside review, M2): the window answers meanwhile. Restore is off and says it is checking, so a
 * second click asks nothing more (L1); a refusal that comes once the trader left Settings is said in the status bar,
 * not on the page no longer shown (L2).
 */
class RestoreKeepsTheWindowAliveUiTest extends AppUiTest {

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        vaultExists();
        return super.config(vault, configDirectory);
    }

    private Button dialogButton(String label) {
        return lookup(".dialog-pane .button").queryAll().stream().map(Button.class::cast)
                .filter(button -> button.getText().equals(label)).findFirst().orElseThrow();
    }

    private Button restoreButton() {
        return lookup("#restore-backup").queryAs(Button.class);
    }

    @Test
    void theLooksWaitForTheVaultInTheBackgroundAndARefusalFindsTheTraderElsewhere() throws Exception {
        unlock();
        waitUntil(() -> app.shell().vault().isPresent());
        Vault vault = app.shell().vault().orElseThrow();
        vault.backups().now("by hand");
        clickWhenReady(this, "#open-settings");
        waitUntil(() -> showing(this, "#backup-list"));
        interact(() -> lookup("#backup-list").queryAs(ListView.class).getSelectionModel().select(0));
        waitUntil(() -> !restoreButton().isDisabled());

        try (VaultMonitorHold held = new VaultMonitorHold(vault)) {
            Platform.runLater(() -> restoreButton().fire());
            assertThat(windowAnswers()).as("the window answers while the look before the question waits").isTrue();
            interact(() -> { });
            assertThat(restoreButton().isDisabled()).as("Restore is off while it checks").isTrue();
            assertThat(text(this, "#backup-message")).isEqualTo("Checking the backup…");
            interact(() -> restoreButton().fire());
        }
        waitUntil(() -> lookup("Restore and lock").tryQuery().isPresent());
        assertThat(lookup(".dialog-pane").queryAll()).as("one question").hasSize(1);

        try (VaultMonitorHold held = new VaultMonitorHold(vault)) {
            Platform.runLater(() -> dialogButton("Restore and lock").fire());
            assertThat(windowAnswers()).as("the window answers while the look before the lock waits").isTrue();
            waitUntil(() -> text(this, "#backup-message").equals("Preparing the backup…"));
            assertThat(app.shell().vault()).as("still unlocked").isPresent();
            interact(() -> lookup("#settings-done").queryAs(Button.class).fire());
            waitUntil(() -> !showing(this, "#backup-list"));
            try (Secret password = Secret.ofString(MASTER);
                    Vault command = Vault.openShared(vaultFile(), password, VaultOptions.forTests())) {
                held.close();
                waitUntil(() -> text(this, "#toast").startsWith("The backup was not restored."));
            }
        }
        assertThat(text(this, "#toast")).isEqualTo("The backup was not restored. A Keyhaven command is still reading"
                + " this vault (" + vaultFile().toAbsolutePath() + "), for example one starting a bot. Try again when"
                + " it has finished.");
        assertThat(app.shell().vault()).as("still unlocked").isPresent();
        assertThat(showing(this, "#backup-list")).isFalse();
    }
}
