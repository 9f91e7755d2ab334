package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The app without a mouse: Tab reaches every control, the toolbar included; Enter saves; Esc leaves. */
class KeyboardUiTest extends AppUiTest {

    private void oneStoredKey() throws Exception {
        Vault vault = app.shell().vault().orElseThrow();
        try (Credentials credentials = new Credentials(Secret.ofString("6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a05"),
                Secret.ofString("22582BD0CFF14C41EDBF1AB98506286D"), Secret.ofString("Pass-phrase-1"))) {
            vault.add(new KeyDraft("Alpha", Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "", 0, credentials));
        }
        interact(() -> app.shell().keyList().reload(vault, null));
        waitUntil(() -> app.shell().keyList().items().size() == 1);
    }

    /** The ids (or classes) of the nodes the focus visits in {@code presses} Tab presses. */
    private List<String> tabWalk(int presses) {
        List<String> visited = new ArrayList<>();
        for (int i = 0; i < presses; i++) {
            push(KeyCode.TAB);
            Node owner = stage.getScene().getFocusOwner();
            visited.add(owner == null ? "none" : owner.getId() != null ? owner.getId()
                    : owner.getClass().getSimpleName() + owner.getStyleClass());
        }
        return visited;
    }

    @Test
    void tabReachesTheToolbarFromAKeysCredentials() throws Exception {
        createVault();
        oneStoredKey();
        interact(() -> app.shell().keyList().selectedProperty().set(app.shell().keyList().items().get(0)));
        waitUntil(() -> showing(this, "#key-tabs"));
        clickOn("#tab-credentials");
        interact(() -> lookup("#key-label").query().requestFocus());

        List<String> visited = tabWalk(60);

        assertThat(visited).as("Tab order %s", visited).contains("add-key", "check-all", "open-settings", "lock");
        assertThat(visited).as("Tab order %s", visited).contains("notes", "save-key", "key-label");
    }

    @Test
    void enterInAFieldSavesTheForm() throws Exception {
        createVault();
        oneStoredKey();
        interact(() -> app.shell().keyList().selectedProperty().set(app.shell().keyList().items().get(0)));
        waitUntil(() -> showing(this, "#key-tabs"));
        clickOn("#tab-credentials");
        clickOn(UiTestSupport.focus(this, "#key-label"));
        push(KeyCode.END);
        write(" renamed");
        push(KeyCode.ENTER);

        waitUntil(() -> app.shell().keyList().items().get(0).key().label().equals("Alpha renamed"));
    }

    @Test
    void typedNotPastedCredentialsSaveWithEnterInTheFieldStillFocused() throws Exception {
        createVault();
        clickOn("#add-key");
        waitUntil(() -> showing(this, "#path-have-key"));
        clickOn("#path-have-key");
        waitUntil(() -> showing(this, "#cancel-key"));
        clickOn(UiTestSupport.focus(this, "#key-label")).write("Typed");
        clickOn(UiTestSupport.focus(this, "#api-key .secret-field")).write("6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a05");
        clickOn(UiTestSupport.focus(this, "#secret-key .secret-field")).write("22582BD0CFF14C41EDBF1AB98506286D");
        clickOn(UiTestSupport.focus(this, "#passphrase .secret-field")).write("Pass-phrase-1");

        push(KeyCode.ENTER);

        waitUntil(() -> app.shell().keyList().items().size() == 1);
        assertThat(app.shell().keyList().items().get(0).key().label()).isEqualTo("Typed");
    }

    @Test
    void escLeavesAddKeyForTheKeyShownBefore() throws Exception {
        createVault();
        oneStoredKey();
        interact(() -> app.shell().keyList().selectedProperty().set(app.shell().keyList().items().get(0)));
        waitUntil(() -> showing(this, "#key-tabs"));

        clickOn("#add-key");
        waitUntil(() -> showing(this, "#add-key-choice"));
        push(KeyCode.ESCAPE);
        waitUntil(() -> showing(this, "#key-tabs"));
        assertThat(text(this, "#detail-title")).isEqualTo("Alpha");

        clickOn("#add-key");
        waitUntil(() -> showing(this, "#path-have-key"));
        clickOn("#path-have-key");
        waitUntil(() -> showing(this, "#cancel-key"));
        clickOn(UiTestSupport.focus(this, "#key-label")).write("Half typed");
        push(KeyCode.ESCAPE);
        waitUntil(() -> lookup("Discard changes").tryQuery().isPresent());
        push(KeyCode.ESCAPE);
        waitUntil(() -> lookup("Discard changes").tryQuery().isEmpty());
        assertThat(lookup("#key-label").queryTextInputControl().getText()).as("Esc in the question keeps the form")
                .isEqualTo("Half typed");

        clickOn(UiTestSupport.focus(this, "#cancel-key"));
        waitUntil(() -> lookup("Discard changes").tryQuery().isPresent());
        clickOn("Discard changes");
        waitUntil(() -> showing(this, "#key-tabs"));
        assertThat(text(this, "#detail-title")).isEqualTo("Alpha");
    }

    @Test
    void enterPressesTheFocusedButton() throws Exception {
        createVault();
        clickOn("#add-key");
        waitUntil(() -> showing(this, "#path-have-key"));
        interact(() -> lookup("#path-have-key").query().requestFocus());
        push(KeyCode.ENTER);
        waitUntil(() -> showing(this, "#cancel-key"));
    }
}
