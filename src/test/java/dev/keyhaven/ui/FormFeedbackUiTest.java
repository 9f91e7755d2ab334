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
import dev.keyhaven.ui.controls.SecretField;
import dev.keyhaven.ui.controls.SecretInput;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At 900x600, what the credentials form and the master-password question say lands where the trader looks:
 * the API key can always be shown, a refused save focuses the field that stopped it and says why beside it,
 * an API key with a space inside is refused, and a wrong master password is said under its field.
 */
class FormFeedbackUiTest extends AppUiTest {

    private static final String API_KEY = "6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a05";

    @BeforeEach
    void smallWindow() {
        interact(() -> {
            stage.setWidth(900);
            stage.setHeight(600);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private SecretInput input(String id) {
        return lookup("#" + id).queryAs(SecretInput.class);
    }

    private void openNewKeyForm() {
        createVault();
        clickOn("#add-key");
        clickOn(focus(this, "#path-have-key"));
        waitUntil(() -> showing(this, "#api-key"));
    }

    private void paste(String field, String value) {
        interact(() -> {
            try (Secret pasted = Secret.ofString(value)) {
                input(field).setSecret(pasted);
            }
        });
    }

    /** True when {@code node} lies wholly inside the visible part of the scroll pane around it. */
    private boolean inView(Node node) {
        ScrollPane scroll = (ScrollPane) lookup(".credentials-form").query();
        Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
        Bounds own = node.localToScene(node.getLayoutBounds());
        return own.getHeight() > 0 && own.getMinY() >= viewport.getMinY() - 1 && own.getMaxY() <= viewport.getMaxY() + 1;
    }

    @Test
    void theApiKeysShowButtonStaysOnceTheFieldHasAValue() {
        openNewKeyForm();
        SecretInput apiKey = input("api-key");
        paste("api-key", API_KEY);
        waitUntil(apiKey::isShowingPlaintext);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(apiKey.revealToggle().isVisible()).as("the API key's toggle with a value in the field").isTrue();
        assertThat(apiKey.revealToggle().getText()).isEqualTo("Hide");

        interact(() -> apiKey.revealToggle().fire());
        waitUntil(() -> !apiKey.isShowingPlaintext());
        assertThat(apiKey.revealToggle().isVisible()).isTrue();
        assertThat(apiKey.revealToggle().getText()).isEqualTo("Show");
        interact(() -> apiKey.revealToggle().fire());
        waitUntil(apiKey::isShowingPlaintext);
    }

    @Test
    void savingWithAnEmptyRequiredFieldFocusesItAndSaysWhyBesideIt() {
        openNewKeyForm();
        clickOn("#key-label").write("Grid bot");
        paste("api-key", API_KEY);
        paste("passphrase", "Pass-phrase-1");
        interact(() -> ((javafx.scene.control.Button) lookup("#save-key").query()).fire());

        SecretField secret = input("secret-key").field();
        waitUntil(secret::isFocused);
        Node problem = lookup("#secret-key-problem").query();
        assertThat(problem.isVisible()).isTrue();
        assertThat(text(this, "#secret-key-problem")).startsWith("Paste the secret key here");
        assertThat(inView(secret)).as("the empty field is in view").isTrue();
        assertThat(inView(problem)).as("the sentence about it is in view").isTrue();
    }

    @Test
    void anApiKeyWithASpaceInsideIsRefusedWithTheNextStep() throws Exception {
        openNewKeyForm();
        clickOn("#key-label").write("Grid bot");
        paste("api-key", "6f1e2d3c-4b5a 4978-8a6b-5c4d3e2f1a05");
        paste("secret-key", "22582BD0CFF14C41EDBF1AB98506286D");
        paste("passphrase", "Pass-phrase-1");
        waitUntil(() -> showing(this, "#api-key-problem"));
        assertThat(text(this, "#api-key-problem")).contains("never contains a space").contains("Copy the API key again");
        assertThat(lookup("#api-key-problem").query().getStyleClass()).contains("error-note");

        interact(() -> ((javafx.scene.control.Button) lookup("#save-key").query()).fire());
        waitUntil(() -> input("api-key").field().isFocused());
        assertThat(app.shell().vault().orElseThrow().keys()).as("nothing saved").isEmpty();
        assertThat(inView(lookup("#api-key-problem").query())).isTrue();

        paste("api-key", "  " + API_KEY + " ");
        waitUntil(() -> !showing(this, "#api-key-problem"));
        assertThat(text(this, "#api-key-trimmed")).startsWith("Removed the spaces around");
    }

    @Test
    void aWrongMasterPasswordIsSaidUnderTheFieldWhichKeepsTheFocus() throws Exception {
        createVault();
        Vault vault = app.shell().vault().orElseThrow();
        long id;
        try (Credentials credentials = new Credentials(Secret.ofString(API_KEY),
                Secret.ofString("22582BD0CFF14C41EDBF1AB98506286D"), Secret.ofString("Pass-phrase-1"))) {
            id = vault.add(new KeyDraft("Alpha", Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "", 0,
                    credentials)).record().id();
        }
        interact(() -> app.shell().keyList().reload(vault, id));
        waitUntil(() -> showing(this, "#key-tabs"));
        clickOn("#tab-credentials");
        clickOn(focus(this, "#secret-key .toggle-button"));
        waitUntil(() -> showing(this, "#confirm-master-password"));
        clickOn("#confirm-master-password").write("not my master password");
        type(KeyCode.ENTER);

        waitUntil(() -> showing(this, "#confirm-master-password-problem"));
        SecretField password = lookup("#confirm-master-password").queryAs(SecretField.class);
        assertThat(text(this, "#confirm-master-password-problem")).startsWith("That is not your master password");
        Bounds field = password.localToScene(password.getLayoutBounds());
        Node problem = lookup("#confirm-master-password-problem").query();
        Bounds under = problem.localToScene(problem.getLayoutBounds());
        assertThat(under.getMinY()).as("right under the field").isBetween(field.getMaxY(), field.getMaxY() + 16);
        waitUntil(password::isFocused);
        assertThat(password.getSelection().getLength()).as("what was typed is selected").isEqualTo(22);

        write(MASTER);
        type(KeyCode.ENTER);
        waitUntil(() -> input("secret-key").isShowingPlaintext());
        assertThat(lookup("#confirm-master-password").tryQuery()).isEmpty();
    }
}
