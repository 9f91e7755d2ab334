package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.controls.SecretInput;
import javafx.scene.control.Button;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** A new key's Copy buttons are greyed while their field is empty (nothing is stored to copy), and live once it is not. */
class CopyBesideEmptyFieldUiTest extends AppUiTest {

    private boolean disabled(String query) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> lookup(query).queryAs(Button.class).isDisabled());
    }

    @Test
    void copyIsGreyedBesideAnEmptyFieldOfANewKey() throws Exception {
        createVault();
        clickOn("#add-key");
        clickWhenReady(this, "#path-have-key");
        waitUntil(() -> showing(this, "#api-key"));
        for (String field : new String[] {"api-key", "secret-key", "passphrase"}) {
            assertThat(disabled("#" + field + "-copy")).as("Copy beside the empty " + field).isTrue();
        }
        interact(() -> {
            try (Secret value = Secret.ofString("6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a01")) {
                lookup("#api-key").queryAs(SecretInput.class).setSecret(value);
            }
        });
        assertThat(disabled("#api-key-copy")).as("Copy beside a filled API key").isFalse();
    }
}
