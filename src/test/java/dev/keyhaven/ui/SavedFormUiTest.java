package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.focus;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.controls.SecretInput;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * After a new key's successful save its page comes next: the form is not emptied (and flagged red as an empty
 * form) while it is still shown; until the key's page replaces it, it says that the key is saved.
 */
class SavedFormUiTest extends AppUiTest {

    @Test
    void aSavedFormSaysSoUntilTheKeysPageReplacesIt() {
        createVault();
        clickWhenReady(this, "#add-key");
        clickWhenReady(this, "#path-have-key");
        waitUntil(() -> showing(this, "#key-label"));
        interact(() -> lookup("#key-label").<TextField>query().setText("Grid bot"));
        clickOn(focus(this, "#api-key .secret-field")).write("6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a08");
        clickOn(focus(this, "#secret-key .secret-field")).write("22582BD0CFF14C41EDBF1AB98506286D");
        clickOn(focus(this, "#passphrase .secret-field")).write("Pass-phrase-1");
        SecretInput apiKey = lookup("#api-key").query();
        Label message = lookup("#form-message").query();
        List<String> saidWhenEmptied = new CopyOnWriteArrayList<>();
        interact(() -> apiKey.field().secretLengthProperty().addListener((observable, was, now) -> {
            if (now.intValue() == 0) {
                saidWhenEmptied.add(message.getText());
            }
        }));

        clickOn(focus(this, "#save-key"));
        waitUntil(() -> lookup("#key-tabs").tryQuery().isPresent());

        assertThat(saidWhenEmptied).as("what the form said when its fields were emptied")
                .containsExactly("Saved. Opening the key\u2026");
        try (Secret left = WaitForAsyncUtils.waitForAsyncFx(5000, apiKey::secret)) {
            assertThat(left.isEmpty()).as("the replaced form's fields are wiped").isTrue();
        }
    }
}
