package dev.keyhaven.ui.unlock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.ManualClock;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.FxTest;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.RecordingDialogs;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;

/** After three wrong passwords the Unlock button itself says how long the next try waits, and is off until then. */
class UnlockButtonSaysTheWaitUiTest extends FxTest {

    private static final String PASSWORD = "lantern orbit velvet cactus";

    private UnlockViewModel model;

    @Override
    public void start(Stage stage) throws Exception {
        Path vaultFile = Files.createTempDirectory("keyhaven-wait").resolve("vault.keyhaven");
        try (Secret password = Secret.ofString(PASSWORD)) {
            Vault.create(vaultFile, password, VaultOptions.forTests()).close();
        }
        model = new UnlockViewModel(vaultFile, VaultOptions.forTests(), new ManualClock(Instant.parse("2026-12-05T10:00:00Z")),
                BackgroundWork.inline(), new RecordingDialogs(), Vault::close);
        stage.setScene(new Scene(new UnlockView(model, null), 700, 560));
        stage.show();
    }

    @Test
    void theButtonCountsTheWaitAfterThreeWrongPasswords() {
        Button unlock = lookup("#unlock").queryButton();
        assertThat(unlock.getText()).isEqualTo("Unlock");

        interact(() -> {
            for (String wrong : new String[] {"wrong 1", "wrong 2", "wrong 3"}) {
                try (Secret typed = Secret.ofString(wrong)) {
                    model.unlock(typed);
                }
            }
        });

        assertThat(unlock.getText()).isEqualTo("Try again in 5 s");
        assertThat(unlock.isDisabled()).isTrue();
    }
}
