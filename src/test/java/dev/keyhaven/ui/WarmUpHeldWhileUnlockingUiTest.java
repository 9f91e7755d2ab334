package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The warm-up behind the unlock screen waits from the unlock's start until the unlocked key list is drawn
 * (on two cores it took the processors the unlock needed: unlock to 100 keys took the bare key derivation
 * + 0.8 to 1.2 s), and again after a wrong password.
 */
class WarmUpHeldWhileUnlockingUiTest extends AppUiTest {

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        try (Secret password = Secret.ofString(MASTER);
                Vault created = Vault.create(vault, password, VaultOptions.forTests())) {
            created.info();
        }
        return super.config(vault, configDirectory);
    }

    @Test
    void heldFromTheUnlockUntilTheKeyListIsDrawn() {
        assertThat(app.shell().warmUpHeld()).isFalse();
        clickOn("#unlock-password .secret-field").write(MASTER);
        interact(() -> {
            lookup("#unlock").queryButton().fire();
            assertThat(app.shell().warmUpHeld()).as("held once the unlock starts").isTrue();
        });

        waitUntil(() -> app.shell().isUnlocked());
        waitUntil(() -> !app.shell().warmUpHeld());
    }

    @Test
    void releasedWhenTheUnlockFails() {
        clickOn("#unlock-password .secret-field").write("not the password");
        interact(() -> lookup("#unlock").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();

        waitUntil(() -> lookup("#unlock-password").query().isVisible() && !app.shell().warmUpHeld());
        assertThat(app.shell().isUnlocked()).isFalse();
    }
}
