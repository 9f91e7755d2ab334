package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.focus;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.controls.SecretInput;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import org.junit.jupiter.api.Test;

/** What every password manager does: show a saved value, and bring a key back from the archive. */
class BasicsUiTest extends AppUiTest {

    private static final String API_KEY = "6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a05";

    private long storedKey(String label) throws Exception {
        Vault vault = app.shell().vault().orElseThrow();
        long id;
        try (Credentials credentials = new Credentials(Secret.ofString(API_KEY),
                Secret.ofString("22582BD0CFF14C41EDBF1AB98506286D"), Secret.ofString("Pass-phrase-1"))) {
            id = vault.add(new KeyDraft(label, Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "", 0,
                    credentials)).record().id();
        }
        interact(() -> app.shell().keyList().reload(vault, id));
        waitUntil(() -> showing(this, "#key-tabs") && text(this, "#detail-title").equals(label));
        return id;
    }

    private SecretInput input(String id) {
        return lookup("#" + id).queryAs(SecretInput.class);
    }

    @Test
    void showDrawsTheSavedApiKeyAndTheSecretAfterTheMasterPassword() throws Exception {
        createVault();
        storedKey("Alpha");
        clickOn("#tab-credentials");
        SecretInput apiKey = input("api-key");
        assertThat(apiKey.isShowingPlaintext()).isFalse();

        clickOn(focus(this, "#api-key .toggle-button"));
        waitUntil(apiKey::isShowingPlaintext);
        assertThat(apiKey.field().getText()).as("drawn, never put in the text property").isEmpty();

        SecretInput secret = input("secret-key");
        clickOn(focus(this, "#secret-key .toggle-button"));
        waitUntil(() -> lookup("#confirm-master-password").tryQuery().isPresent());
        clickOn("#confirm-master-password").write(MASTER);
        // Enter takes the dialog's default button; clickOn("Show") could find a field's Show toggle first.
        type(KeyCode.ENTER);
        waitUntil(secret::isShowingPlaintext);
        assertThat(apiKey.isShowingPlaintext()).as("more than one value shown at once").isTrue();
        assertThat(secret.field().getText()).isEmpty();
        assertThat(app.shell().mayLeavePage()).as("showing is not editing").isTrue();

        clickOn(focus(this, "#secret-key .toggle-button"));
        waitUntil(() -> !secret.isShowingPlaintext());
    }

    /** Walk 22 (56, 62): a shown saved value was drawn grey on grey, read as a disabled field. */
    @Test
    void aShownSavedValueReadsAsTextOnThePageNotAsADisabledField() throws Exception {
        createVault();
        storedKey("Alpha");
        clickOn("#tab-credentials");
        SecretInput apiKey = input("api-key");
        SecretInput secret = input("secret-key");
        clickOn(focus(this, "#api-key .toggle-button"));
        waitUntil(apiKey::isShowingPlaintext);
        clickOn(focus(this, "#secret-key .toggle-button"));
        waitUntil(() -> lookup("#confirm-master-password").tryQuery().isPresent());
        clickOn("#confirm-master-password").write(MASTER);
        type(KeyCode.ENTER);
        waitUntil(secret::isShowingPlaintext);
        javafx.scene.control.TextField editable = lookup("#key-label").query();
        javafx.scene.Node editableText = editable.lookup(".text");

        for (SecretInput shown : java.util.List.of(apiKey, secret)) {
            String which = shown.getId();
            assertThat(shown.field().isEditable()).as(which + ": read-only while shown").isFalse();
            assertThat(shown.revealedFill()).as(which + ": drawn in the text colour of an editable field")
                    .isEqualTo(((javafx.scene.text.Text) editableText).getFill());
            assertThat(fills(shown.field())).as(which + ": the field keeps an editable field's colours")
                    .isEqualTo(fills(editable));
        }
        interact(editable::requestFocus);
        java.util.List<javafx.scene.paint.Paint> editableRing = fills(editable);
        interact(() -> secret.field().requestFocus());
        assertThat(fills(secret.field())).as("focused, the shown field has an editable field's ring")
                .isEqualTo(editableRing).isNotEqualTo(fills(editable));
        assertThat(secret.isShowingPlaintext()).isTrue();
    }

    private java.util.List<javafx.scene.paint.Paint> fills(javafx.scene.layout.Region region) {
        return org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(5000, () -> region.getBackground().getFills()
                .stream().map(javafx.scene.layout.BackgroundFill::getFill).toList());
    }

    @Test
    void aPastedApiKeyStaysReadableWhileTheSecretsStayMasked() throws Exception {
        createVault();
        clickOn("#add-key");
        clickOn(focus(this, "#path-have-key"));
        waitUntil(() -> showing(this, "#api-key"));
        interact(() -> {
            try (Secret pasted = Secret.ofString(API_KEY)) {
                input("api-key").setSecret(pasted);
                input("secret-key").setSecret(pasted);
            }
        });
        waitUntil(() -> input("api-key").isShowingPlaintext());
        assertThat(input("secret-key").isShowingPlaintext()).isFalse();
    }

    @Test
    void restoreBringsAnArchivedKeyBack() throws Exception {
        createVault();
        long id = storedKey("Alpha");
        app.shell().vault().orElseThrow().archive(id, null);
        interact(() -> app.shell().keyList().reload(app.shell().vault().orElseThrow(), null));
        waitUntil(() -> app.shell().keyList().items().isEmpty());

        clickOn(focus(this, "#show-archived"));
        waitUntil(() -> showing(this, "#archived-restore-" + id));
        clickOn(focus(this, "#archived-restore-" + id));
        waitUntil(() -> lookup("Restore key").tryQuery().isPresent());
        clickOn("Restore key");

        waitUntil(() -> app.shell().keyList().items().size() == 1 && showing(this, "#key-tabs"));
        assertThat(text(this, "#detail-title")).isEqualTo("Alpha");
        assertThat(app.shell().vault().orElseThrow().key(id).orElseThrow().archived()).isFalse();
    }

    @Test
    void anArchivedKeysSecretIsCopiedOnlyAfterTheMasterPasswordItsApiKeyAtOnce() throws Exception {
        createVault();
        long id = storedKey("Alpha");
        app.shell().vault().orElseThrow().archive(id, null);
        interact(() -> app.shell().keyList().reload(app.shell().vault().orElseThrow(), null));
        waitUntil(() -> app.shell().keyList().items().isEmpty());
        clickOn(focus(this, "#show-archived"));
        waitUntil(() -> showing(this, "#archived-copy-api-key-" + id));

        clickOn(focus(this, "#archived-copy-api-key-" + id));
        waitUntil(() -> text(this, "#archived-message").startsWith("Copied the API key"));
        assertThat(lookup("#confirm-master-password").tryQuery()).as("the API key is no secret").isEmpty();

        clickOn(focus(this, "#archived-copy-secret-key-" + id));
        waitUntil(() -> lookup("#confirm-master-password").tryQuery().isPresent());
        clickOn("Cancel");
        waitUntil(() -> lookup("#confirm-master-password").tryQuery().isEmpty());
        assertThat(text(this, "#archived-message")).as("nothing copied").startsWith("Copied the API key");

        clickOn(focus(this, "#archived-copy-secret-key-" + id));
        waitUntil(() -> lookup("#confirm-master-password").tryQuery().isPresent());
        clickOn("#confirm-master-password").write(MASTER);
        clickOn("Copy");
        waitUntil(() -> text(this, "#archived-message").startsWith("Copied the secret key"));
    }

    @Test
    void openOkxShowsTheAddressToCopyWhenNoBrowserOpens() throws Exception {
        createVault();
        clickOn("#add-key");
        waitUntil(() -> showing(this, "#path-guided"));
        clickOn("#path-guided");
        waitUntil(() -> lookup("#action-open-api-page").tryQuery().isPresent());
        clickOn(focus(this, "#action-open-api-page"));

        waitUntil(() -> showing(this, "#link-note"));
        assertThat(lookup("#link-address").queryTextInputControl().getText()).startsWith("https://").contains("okx");
        clickOn("#link-copy");
        waitUntil(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString() != null
                && javafx.scene.input.Clipboard.getSystemClipboard().getString().startsWith("https://"));
        clickOn("#link-close");
        waitUntil(() -> !showing(this, "#link-note"));
        // Walk 21 (12): it went to the toolbar's Add key.
        assertThat(lookup("#action-open-api-page").query().isFocused()).as("the focus back on Open OKX").isTrue();
    }
}
