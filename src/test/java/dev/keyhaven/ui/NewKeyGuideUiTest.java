package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.focus;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.guide.PassphraseGenerator;
import dev.keyhaven.guide.SuggestedLabel;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.controls.SecretInput;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** A trader without a key: the guide, from "Add key" to a saved key whose checklist survives a lock. */
class NewKeyGuideUiTest extends AppUiTest {

    private static final String API_KEY = "1a2b3c4d-0000-1111-2222-333344445555";
    private static final String SECRET_KEY = "22582BD0CFF14C41EDBF1AB98506286D";
    private static final Instant NOW = Instant.parse("2026-11-23T17:45:00Z");

    @Override
    AppConfig config(Path vault, Path configDirectory) {
        return new AppConfig(vault, configDirectory, VaultOptions.forTests(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void theGuideLeadsIntoASavedKeyThatKeepsItsTicksAcrossALock() throws Exception {
        createVault();

        clickWhenReady(this, "#add-key");
        clickWhenReady(this, "#path-guided");
        waitUntil(() -> showing(this, "#purposePicker"));

        clickOn("#purposePicker");
        clickOn(Purpose.READ_ONLY.displayName());
        waitUntil(() -> text(this, "#step-permissions .title-4").equals("Tick Read only, nothing else"));
        assertThat(adviceVerb("#advice-Read")).isEqualTo("Tick");
        assertThat(adviceVerb("#advice-Trade")).isEqualTo("Leave off");
        assertThat(adviceVerb("#never-Withdraw")).isEqualTo("NEVER");

        clickOn("#tick-account-ready");
        assertThat(lookup("#tick-account-ready").queryAs(CheckBox.class).isSelected()).isTrue();
        fire("#generatePassphrase");
        fire("#action-save-credentials");

        waitUntil(() -> showing(this, "#key-label"));
        String suggested = SuggestedLabel.of(Purpose.READ_ONLY, Environment.LIVE);
        assertThat(lookup("#key-label").queryAs(TextField.class).getText()).isEqualTo(suggested);
        assertThat(lookup("#purpose-read-only").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(lookup("#region").<ComboBox<Region>>query().getValue()).isEqualTo(Region.GLOBAL);
        SecretInput passphrase = lookup("#passphrase").query();
        assertThat(passphrase.field().secretLengthProperty().get()).isEqualTo(new PassphraseGenerator().length());
        waitUntil(() -> focusOwnerIs("#key-label"));

        clickOn(focus(this, "#api-key .secret-field")).write(API_KEY);
        clickOn(focus(this, "#secret-key .secret-field")).write(SECRET_KEY);
        clickOn(focus(this, "#save-key"));
        waitUntil(() -> app.shell().keyList().items().size() == 1);

        KeyRecord saved = app.shell().keyList().items().get(0).key();
        assertThat(saved.label()).isEqualTo(suggested);
        assertThat(saved.purpose()).isEqualTo(Purpose.READ_ONLY);
        assertThat(saved.checklistDone()).contains("account-ready");
        try (Credentials stored = app.shell().vault().orElseThrow().credentials(saved.id())) {
            assertThat(stored.passphrase().length()).isEqualTo(new PassphraseGenerator().length());
            assertThat(stored.apiKey().contentEquals(Secret.ofString(API_KEY))).isTrue();
        }
        waitUntil(() -> showing(this, "#verified-save-credentials"));
        assertThat(text(this, "#verdict-save-credentials")).startsWith("Verified by Keyhaven");
        assertThat(lookup("#tick-account-ready").queryAs(CheckBox.class).isSelected()).isTrue();

        clickOn("#key-filter");
        press(KeyCode.SHORTCUT).press(KeyCode.L).release(KeyCode.L).release(KeyCode.SHORTCUT);
        waitUntil(() -> showing(this, "#unlock-password"));
        clickOn("#unlock-password .secret-field").write(MASTER);
        type(KeyCode.ENTER);
        waitUntil(() -> app.shell().keyList().items().size() == 1);
        interact(() -> app.shell().keyList().selectedProperty().set(app.shell().keyList().items().get(0)));
        clickWhenReady(this, "#tab-guide");
        waitUntil(() -> showing(this, "#verified-save-credentials"));
        assertThat(lookup("#tick-account-ready").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(showing(this, "#tick-save-credentials")).isFalse();
    }

    @Test
    void afterTheGuidedSaveTheKeyboardIsOnTheNewKeysPageNotOnAddKey() {
        createVault();
        clickWhenReady(this, "#add-key");
        clickWhenReady(this, "#path-guided");
        waitUntil(() -> showing(this, "#generatePassphrase"));
        fire("#generatePassphrase");
        fire("#action-save-credentials");
        waitUntil(() -> focusOwnerIs("#key-label"));
        clickOn(focus(this, "#api-key .secret-field")).write(API_KEY);
        clickOn(focus(this, "#secret-key .secret-field")).write(SECRET_KEY);
        type(KeyCode.ENTER);

        waitUntil(() -> app.shell().keyList().items().size() == 1 && showing(this, "#key-tabs"));
        waitUntil(() -> focusOwnerIs("#key-tabs"));
        assertThat(focusOwnerIs("#add-key")).isFalse();
    }

    @Test
    void theOtherPathIsTheEmptyFormWithTheFocusInItsFirstField() {
        clickOn("#new-password .secret-field").write(MASTER);
        clickOn("#repeat-password .secret-field").write(MASTER);
        clickOn("#create-vault");
        waitUntil(() -> showing(this, "#main-screen"));

        clickWhenReady(this, "#add-key");
        waitUntil(() -> focusOwnerIs("#path-guided"));
        clickWhenReady(this, "#path-have-key");
        waitUntil(() -> showing(this, "#key-label"));

        assertThat(lookup("#key-label").queryAs(TextField.class).getText()).isEmpty();
        waitUntil(() -> focusOwnerIs("#key-label"));
        assertThat(focusOwnerIs("#key-filter")).isFalse();
    }

    /** The scene's focus owner (a headless window itself may not have the focus, so isFocused() stays false). */
    private boolean focusOwnerIs(String query) {
        Node node = lookup(query).query();
        return node.getScene() != null && node.getScene().getFocusOwner() == node;
    }

    private String adviceVerb(String line) {
        return from(lookup(line).<Node>query()).lookup(".label").queryAs(Label.class).getText();
    }

    /** Presses a button of the long checklist, which may be scrolled out of sight. */
    private void fire(String query) {
        waitUntil(() -> lookup(query).tryQuery().isPresent());
        interact(() -> lookup(query).queryAs(ButtonBase.class).fire());
    }
}
