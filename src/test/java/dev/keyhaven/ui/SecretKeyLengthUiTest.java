package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.focus;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.controls.SecretInput;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A secret key of the wrong length is said while it is typed, the note goes as soon as it is right, and
 * Enter does not save a wrong one without asking (OKX does not publish the shape: "save anyway" stays open).
 */
class SecretKeyLengthUiTest extends AppUiTest {

    private static final String SECRET_30 = "22582BD0CFF14C41EDBF1AB9850628";

    private void paste(String field, String value) {
        interact(() -> {
            try (Secret pasted = Secret.ofString(value)) {
                lookup("#" + field).queryAs(SecretInput.class).setSecret(pasted);
            }
        });
    }

    private int savedKeys() {
        try {
            return app.shell().vault().orElseThrow().keys().size();
        } catch (dev.keyhaven.vault.VaultException e) {
            throw new AssertionError(e);
        }
    }

    private boolean asking() {
        return lookup(".dialog-pane").tryQuery().isPresent();
    }

    /** A new vault, and its new-key form with the label and the API key filled in. */
    private void newKeyFormWithAnApiKey() {
        createVault();
        clickWhenReady(this, "#add-key");
        clickWhenReady(this, "#path-have-key");
        waitUntil(() -> showing(this, "#api-key"));
        clickOn(focus(this, "#key-label")).write("Grid bot");
        paste("api-key", "6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a05");
    }

    /** Cancel on "Save this secret key anyway?". */
    private void cancelTheQuestion() {
        clickOn(from(lookup(".dialog-pane").<Node>query())
                .lookup((Button button) -> "Cancel".equals(button.getText())).<Node>query());
        waitUntil(() -> !asking());
    }

    @Test
    void aShortSecretKeyIsSaidWhileTypedAndEnterAsksBeforeSavingIt() {
        newKeyFormWithAnApiKey();
        paste("passphrase", "Pass-phrase-1");

        clickOn(focus(this, "#secret-key .secret-field")).write(SECRET_30);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getFocusOwner()).as("still typing").isSameAs(lookup("#secret-key .secret-field").query());
        assertThat(text(this, "#secret-key-shape")).as("said while typing, not only on leaving")
                .contains("this one has 30");

        push(KeyCode.ENTER);
        waitUntil(this::asking);
        assertThat(lookup(".dialog-pane .content").queryLabeled().getText()).contains("this one has 30");
        cancelTheQuestion();
        assertThat(savedKeys()).as("not saved behind the trader's back").isZero();

        clickOn(focus(this, "#secret-key .secret-field"));
        push(KeyCode.END);
        write("6D");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing(this, "#secret-key-shape")).as("the note goes once the value is right").isFalse();

        push(KeyCode.ENTER);
        waitUntil(() -> savedKeys() == 1);
        assertThat(asking()).isFalse();
    }

    @Test
    void cancellingTheQuestionPutsTheCaretInTheSecretKeyField() {
        newKeyFormWithAnApiKey();
        paste("secret-key", SECRET_30);
        clickOn(focus(this, "#passphrase .secret-field")).write("Pass-phrase-1");

        push(KeyCode.ENTER);
        waitUntil(this::asking);
        cancelTheQuestion();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getScene().getFocusOwner()).as("the field that stopped the save")
                .isSameAs(lookup("#secret-key .secret-field").query());
    }
}
