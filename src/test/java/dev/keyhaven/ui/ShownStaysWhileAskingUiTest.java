package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.focus;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.controls.SecretInput;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import java.time.Duration;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Walk24 #9: an API key the trader revealed hid itself while the master-password question for the secret key was
 * open (typing the password outlasted its countdown). Revealing the secret no longer hides what was shown.
 */
class ShownStaysWhileAskingUiTest extends AppUiTest {

    private static final Duration SHORT = Duration.ofMillis(400);

    @Test
    void aShownApiKeyStaysShownWhileTheMasterPasswordIsAskedForTheSecret() throws Exception {
        createVault();
        Vault vault = app.shell().vault().orElseThrow();
        long id;
        try (Credentials credentials = new Credentials(Secret.ofString("6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b"),
                Secret.ofString("22582BD0CFF14C41EDBF1AB98506286D"), Secret.ofString("Pass-phrase-1"))) {
            id = vault.add(new KeyDraft("Alpha", Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "", 0,
                    credentials)).record().id();
        }
        long shown = id;
        interact(() -> app.shell().keyList().reload(vault, shown));
        waitUntil(() -> showing(this, "#key-tabs") && text(this, "#detail-title").equals("Alpha"));
        clickOn("#tab-credentials");
        SecretInput apiKey = lookup("#api-key").queryAs(SecretInput.class);
        SecretInput secret = lookup("#secret-key").queryAs(SecretInput.class);
        interact(() -> {
            apiKey.setAutoHideAfter(SHORT);
            secret.setAutoHideAfter(SHORT);
        });

        clickOn(focus(this, "#api-key .toggle-button"));
        waitUntil(apiKey::isShowingPlaintext);
        clickOn(focus(this, "#secret-key .toggle-button"));
        waitUntil(() -> lookup("#confirm-master-password").tryQuery().isPresent());
        Thread.sleep(SHORT.toMillis() * 4);
        assertThat(apiKey.isShowingPlaintext()).as("the API key, while the password is asked").isTrue();

        clickOn("#confirm-master-password").write(MASTER);
        type(KeyCode.ENTER);
        waitUntil(secret::isShowingPlaintext);
        // Let go, each hides itself after its own countdown again.
        waitUntil(() -> !apiKey.isShowingPlaintext() && !secret.isShowingPlaintext());
    }
}
