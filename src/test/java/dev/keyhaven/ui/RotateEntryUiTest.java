package dev.keyhaven.ui;

import static dev.keyhaven.ui.RotationPages.rotateAStoredKey;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.controls.SecretInput;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The rotation's three values: the API key shown as it is pasted, and a note on it that moves nothing. */
class RotateEntryUiTest extends AppUiTest {

    private static final String ALPHA_API_KEY = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        vaultExists();
        return super.config(vault, configDirectory);
    }

    private void paste(String field, String value) {
        interact(() -> {
            try (Secret pasted = Secret.ofString(value)) {
                lookup(field).queryAs(SecretInput.class).setSecret(pasted);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean plaintextShown(String field) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> lookup(field).queryAs(SecretInput.class).isShowingPlaintext());
    }

    private double sceneY(String query) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            Node node = lookup(query).query();
            return node.localToScene(node.getLayoutBounds()).getMinY();
        });
    }

    @Test
    void whatTheNewKeyTakesOverIsInThePagesBodySize() throws Exception {
        unlock();
        rotateAStoredKey(this);
        double[] sizes = WaitForAsyncUtils.waitForAsyncFx(5000, () -> new double[] {
                lookup("#rotate-carried-over").queryAs(javafx.scene.control.Label.class).getFont().getSize(),
                lookup(".label").match(node -> "API key".equals(((javafx.scene.control.Label) node).getText()))
                        .queryAs(javafx.scene.control.Label.class).getFont().getSize()});

        assertThat(sizes[0]).as("the sentence's font size against the field labels'").isEqualTo(sizes[1]);
    }

    @Test
    void theNewApiKeyIsShownAsPastedAndTheSecretKeyStaysHidden() throws Exception {
        unlock();
        rotateAStoredKey(this);
        paste("#new-api-key", "6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a77");
        paste("#new-secret-key", "33582BD0CFF14C41EDBF1AB98506286D");

        assertThat(plaintextShown("#new-api-key")).as("the API key, not a secret, drawn as pasted").isTrue();
        assertThat(plaintextShown("#new-secret-key")).as("the secret key").isFalse();
    }

    @Test
    void theSameApiKeyNoteMovesNeitherTheFieldsNorTheButtonsAt900x600() throws Exception {
        interact(() -> {
            stage.setWidth(900);
            stage.setHeight(600);
        });
        unlock();
        Vault vault = app.shell().vault().orElseThrow();
        try (Credentials credentials = new Credentials(Secret.ofString(ALPHA_API_KEY),
                Secret.ofString("22582BD0CFF14C41EDBF1AB98506286D"), Secret.ofString("Pass-phrase-1"))) {
            vault.add(new KeyDraft("Alpha", Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "", 0, credentials));
        }
        rotateAStoredKey(this);
        interact(() -> lookup("#rotate-scroll").queryAs(ScrollPane.class).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        double apiKey = sceneY("#new-api-key");
        double secretKey = sceneY("#new-secret-key");
        double replace = sceneY("#replace-key");

        paste("#new-api-key", ALPHA_API_KEY);
        waitUntil(() -> showing(this, "#new-api-key-same") && showing(this, "#open-same-key"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(sceneY("#new-api-key")).as("API key field").isCloseTo(apiKey, within(0.5));
        assertThat(sceneY("#new-secret-key")).as("secret key field").isCloseTo(secretKey, within(0.5));
        assertThat(sceneY("#replace-key")).as("Replace the key").isCloseTo(replace, within(0.5));
    }
}
