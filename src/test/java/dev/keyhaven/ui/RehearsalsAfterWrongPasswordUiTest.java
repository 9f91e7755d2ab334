package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.controls.SecretInput;
import dev.keyhaven.vault.KdfParameters;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;

/**
 * The rehearsals under the unlock screen (see {@code KeyPageRehearsalUiTest}) leave the window when an unlock
 * starts; when the password was wrong, the window waits again and lays them out after all (review 26: they
 * did not come back, so the first key page and Check all of the session ran cold code).
 */
class RehearsalsAfterWrongPasswordUiTest extends AppUiTest {

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        // A key derivation slow enough to be still under way when the first frame's rehearsals would begin.
        VaultOptions slow = new VaultOptions(new KdfParameters(64 * 1024, 6, 1), Duration.ZERO, Clock.systemUTC());
        try (Secret password = Secret.ofString(MASTER)) {
            Vault.create(vault, password, slow).close();
        }
        return super.config(vault, configDirectory);
    }

    @Override
    public void start(Stage stage) throws Exception {
        super.start(stage);
        // Before the first frame: no rehearsal has begun.
        ((SecretInput) stage.getScene().getRoot().lookup("#unlock-password")).field().replaceText(0, 0, "not it");
        ((Button) stage.getScene().getRoot().lookup("#unlock")).fire();
    }

    @Test
    void aWrongPasswordLetsTheDroppedRehearsalsBeLaidOut() {
        assertThat(KeyPageRehearsalUiTest.rehearsedTabs(stage)).as("none while the unlock runs").isEmpty();

        waitUntil(() -> !lookup("#unlock").queryButton().isDisabled());
        assertThat(app.shell().isUnlocked()).isFalse();

        waitUntil(() -> KeyPageRehearsalUiTest.rehearsedTabs(stage).filter(tabs -> tabs.getTabs().stream()
                .allMatch(tab -> tab.getContent() != null)).isPresent());
    }
}
