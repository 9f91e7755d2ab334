package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
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
import org.junit.jupiter.api.Test;

/** An API key already saved as another key is said where it is entered, before the save, with the way there. */
class SameApiKeyUiTest extends AppUiTest {

    private static final String API_KEY = "6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a01";

    private void storedAlpha() throws Exception {
        Vault vault = app.shell().vault().orElseThrow();
        try (Credentials credentials = new Credentials(Secret.ofString(API_KEY),
                Secret.ofString("22582BD0CFF14C41EDBF1AB98506286D"), Secret.ofString("Pass-phrase-1"))) {
            vault.add(new KeyDraft("Alpha", Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "", 0, credentials));
        }
        interact(() -> app.shell().keyList().reload(vault, null));
        waitUntil(() -> app.shell().keyList().items().size() == 1);
    }

    private void pasteApiKey(String value) {
        interact(() -> {
            try (Secret pasted = Secret.ofString(value)) {
                lookup("#api-key").queryAs(SecretInput.class).setSecret(pasted);
            }
        });
    }

    @Test
    void theFormForAKeyIAlreadyHaveSaysItAndOpensTheOtherKey() throws Exception {
        createVault();
        storedAlpha();
        clickWhenReady(this, "#add-key");
        clickWhenReady(this, "#path-have-key");
        waitUntil(() -> showing(this, "#api-key"));

        pasteApiKey(API_KEY);
        waitUntil(() -> showing(this, "#api-key-same"));
        assertThat(text(this, "#api-key-same")).contains("already saved as \"Alpha\"").contains("open \"Alpha\"");

        clickOn(focus(this, "#open-same-key"));
        waitUntil(() -> lookup("Discard changes").tryQuery().isPresent());
        clickOn("Discard changes");
        waitUntil(() -> showing(this, "#key-tabs") && text(this, "#detail-title").equals("Alpha"));
    }

    @Test
    void theApiKeyOfARevokedKeyIsToldAsItIsPastedAndTheSaveIsRefused() throws Exception {
        createVault();
        storedAlpha();
        Vault vault = app.shell().vault().orElseThrow();
        vault.archive(vault.keyByLabel("Alpha").orElseThrow().id(), null);
        interact(() -> app.shell().keyList().reload(vault, null));
        waitUntil(() -> app.shell().keyList().items().isEmpty());
        clickWhenReady(this, "#add-key");
        clickWhenReady(this, "#path-have-key");
        waitUntil(() -> showing(this, "#api-key"));

        pasteApiKey(API_KEY);
        waitUntil(() -> showing(this, "#api-key-same"));

        assertThat(text(this, "#api-key-same")).contains("You revoked this key on")
                .contains("because it may have leaked").contains("Create a new key on OKX instead");
    }

    @Test
    void theGuidedNewKeysFormSaysItTooAndAnotherApiKeyClearsIt() throws Exception {
        createVault();
        storedAlpha();
        clickWhenReady(this, "#add-key");
        clickWhenReady(this, "#path-guided");
        waitUntil(() -> showing(this, "#new-key-tabs"));
        clickOn("#tab-new-credentials");
        clickWhenReady(this, "#open-new-key-form");
        waitUntil(() -> showing(this, "#api-key"));

        pasteApiKey(API_KEY);
        waitUntil(() -> showing(this, "#api-key-same"));
        pasteApiKey("");
        pasteApiKey("6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a02");
        waitUntil(() -> !showing(this, "#api-key-same"));
    }

    @Test
    void theRotationsNewApiKeySaysItToo() throws Exception {
        createVault();
        storedAlpha();
        Vault vault = app.shell().vault().orElseThrow();
        try (Credentials credentials = new Credentials(Secret.ofString("6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a09"),
                Secret.ofString("22582BD0CFF14C41EDBF1AB98506286D"), Secret.ofString("Pass-phrase-1"))) {
            vault.add(new KeyDraft("Bravo", Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "", 0, credentials));
        }
        interact(() -> app.shell().keyList().reload(vault, null));
        waitUntil(() -> app.shell().keyList().items().size() == 2);
        interact(() -> app.shell().keyList().selectedProperty().set(app.shell().keyList().items().stream()
                .filter(item -> item.key().label().equals("Bravo")).findFirst().orElseThrow()));
        waitUntil(() -> showing(this, "#key-tabs"));
        interact(() -> lookup("#rotate-key").queryAs(javafx.scene.control.ButtonBase.class).fire());
        waitUntil(() -> showing(this, "#rotate-view"));

        interact(() -> {
            try (Secret pasted = Secret.ofString(API_KEY)) {
                lookup("#new-api-key").queryAs(SecretInput.class).setSecret(pasted);
            }
        });
        waitUntil(() -> showing(this, "#new-api-key-same"));
        assertThat(text(this, "#new-api-key-same")).contains("already saved as \"Alpha\"");
    }
}
