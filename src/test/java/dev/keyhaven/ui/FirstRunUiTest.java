package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.focus;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.controls.SecretInput;
import dev.keyhaven.ui.keylist.KeyListItem;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import java.nio.file.Files;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** A trader's first minutes: create the vault, add a key through the form, see it in the list. */
class FirstRunUiTest extends AppUiTest {

    private static final String API_KEY = "1a2b3c4d-0000-1111-2222-333344445555";
    private static final String SECRET_KEY = "22582BD0CFF14C41EDBF1AB98506286D";

    private SecretInput input(String id) {
        return lookup(id).query();
    }

    @Test
    void createAVaultAddAKeyAndSeeItInTheList() throws Exception {
        createVault();
        assertThat(Files.exists(folder.resolve("vault.keyhaven"))).isTrue();

        clickWhenReady(this, "#add-key");
        clickWhenReady(this, "#path-have-key");
        waitUntil(() -> lookup("#key-label").tryQuery().isPresent());
        clickOn(focus(this, "#key-label")).write("Grid bot");
        clickOn(focus(this, "#api-key .secret-field")).write(API_KEY);
        clickOn(focus(this, "#secret-key .secret-field")).write(SECRET_KEY);
        clickOn(focus(this, "#passphrase .secret-field")).write("Pass-phrase-1");
        SecretInput typedApiKey = input("#api-key");
        clickOn(focus(this, "#save-key"));

        waitUntil(() -> app.shell().keyList().items().size() == 1);
        ListView<KeyListItem> list = lookup("#key-list").query();
        assertThat(list.getItems()).extracting(item -> item.key().label()).containsExactly("Grid bot");
        waitUntil(() -> showing(this, "#tab-credentials") || lookup("#key-tabs").tryQuery().isPresent());
        assertThat(text(this, "#detail-title")).isEqualTo("Grid bot");
        // A new key is checked at once after its first save (no OKX answers this made-up key here).
        waitUntil(() -> lookup(".status-mark").queryAllAs(javafx.scene.control.Label.class).stream()
                .noneMatch(mark -> mark.getText().equals("Never checked")));
        assertThat(lookup(".status-mark").queryAllAs(javafx.scene.control.Label.class))
                .allSatisfy(mark -> assertThat(mark.getText()).isIn("Could not check", "Rejected by OKX"));
        assertThat(lookup(".badge").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText).contains("Trading bot", "Live");

        Vault vault = app.shell().vault().orElseThrow();
        KeyRecord stored = vault.keyByLabel("Grid bot").orElseThrow();
        try (Credentials credentials = vault.credentials(stored.id())) {
            assertThat(credentials.apiKey().reveal()).isEqualTo(API_KEY);
            assertThat(credentials.secretKey().reveal()).isEqualTo(SECRET_KEY);
        }
        try (Secret leftInField = typedApiKey.secret()) {
            assertThat(leftInField.isEmpty()).as("the form's secret fields are wiped after saving").isTrue();
        }
    }

    @Test
    void theFormExplainsTrimmedSpacesOddShapesAndMissingFields() {
        createVault();
        clickWhenReady(this, "#add-key");
        clickWhenReady(this, "#path-have-key");
        waitUntil(() -> lookup("#key-label").tryQuery().isPresent());

        clickOn(focus(this, "#save-key"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(this, "#form-message")).contains("Give the key a label");

        clickOn(focus(this, "#key-label")).write("Grid bot");
        clickOn(focus(this, "#save-key"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(this, "#form-message")).contains("API key, the secret key and the passphrase");

        interact(() -> input("#api-key").field().replaceText(0, 0, "  " + API_KEY + " "));
        assertThat(text(this, "#api-key-trimmed")).contains("Removed the spaces around the API key");
        try (Secret trimmed = input("#api-key").secret()) {
            assertThat(trimmed.reveal()).isEqualTo(API_KEY);
        }
        assertThat(showing(this, "#api-key-shape")).isFalse();

        clickOn(focus(this, "#secret-key .secret-field")).write("abc123");
        clickOn(focus(this, "#passphrase .secret-field"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(this, "#secret-key-shape")).contains("32 characters").doesNotContain("abc123");

        write("Pass word");
        try (Secret typed = input("#passphrase").secret()) {
            assertThat(typed.reveal()).as("a space typed inside a value stays while typing").isEqualTo("Pass word");
        }
        assertThat(app.shell().keyList().items()).isEmpty();
    }
}
