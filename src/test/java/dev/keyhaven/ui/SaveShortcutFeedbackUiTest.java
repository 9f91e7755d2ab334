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
import java.time.Duration;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ctrl+S from the label at the top of a key's form at 900x600 shows what the Save button shows: "Saving…" and
 * the greyed Save, scrolled into view while the vault works.
 */
class SaveShortcutFeedbackUiTest extends AppUiTest {

    @Test
    void ctrlSFromTheTopOfTheFormShowsSavingInView() throws Exception {
        interact(() -> {
            stage.setWidth(900);
            stage.setHeight(600);
        });
        createVault();
        Vault vault = app.shell().vault().orElseThrow();
        long id;
        try (Credentials credentials = new Credentials(Secret.ofString("6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a05"),
                Secret.ofString("22582BD0CFF14C41EDBF1AB98506286D"), Secret.ofString("Pass-phrase-1"))) {
            id = vault.add(new KeyDraft("Alpha", Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "", 0,
                    credentials)).record().id();
        }
        interact(() -> app.shell().keyList().reload(vault, id));
        waitUntil(() -> showing(this, "#key-tabs") && text(this, "#detail-title").equals("Alpha"));
        clickOn("#tab-credentials");
        waitUntil(() -> showing(this, "#key-label"));
        TextField label = lookup("#key-label").queryAs(TextField.class);
        interact(() -> {
            label.requestFocus();
            label.setText("Alpha bot");
        });
        ScrollPane form = lookup(".credentials-form").queryAs(ScrollPane.class);
        assertThat(RotateOpenFormUiTest.inView(form, lookup("#form-message").query()))
                .as("the setting: the form's foot is below the fold").isFalse();

        try (VaultHeld held = new VaultHeld(vault, Duration.ofSeconds(20))) {
            press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(text(this, "#form-message")).isEqualTo("Saving\u2026");
            assertThat(RotateOpenFormUiTest.inView(form, lookup("#form-message").query()))
                    .as("\"Saving…\" in view, as after a click on Save").isTrue();
            assertThat(lookup("#save-key").queryAs(Button.class).isDisabled()).isTrue();
            assertThat(held.stillHolding()).isTrue();
        }
        waitUntil(() -> text(this, "#detail-title").equals("Alpha bot"));
        assertThat(vault.key(id).orElseThrow().label()).isEqualTo("Alpha bot");
        waitUntil(() -> text(this, "#form-message").isEmpty());
    }
}
