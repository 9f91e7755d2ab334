package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A passphrase generated on the new key's guide may already be typed into OKX: no way out of the page
 * (Esc, another key, closing the window) drops it without the leave question, and after Generate the
 * keyboard sits on Copy, so a second Enter copies it instead of replacing it.
 */
class GeneratedPassphraseUiTest extends AppUiTest {

    private boolean asking() {
        return lookup(".dialog-pane").tryQuery().isPresent();
    }

    private void keepEditing() {
        clickOn(from(lookup(".dialog-pane").<Node>query())
                .lookup((Button button) -> "Keep editing".equals(button.getText())).<Node>query());
        waitUntil(() -> !asking());
    }

    private void generateOnTheGuide() {
        clickWhenReady(this, "#add-key");
        clickWhenReady(this, "#path-guided");
        waitUntil(() -> showing(this, "#new-key-tabs"));
        interact(() -> lookup("#generatePassphrase").query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        push(KeyCode.ENTER);
        waitUntil(() -> app.shell().guideShown().passphraseReadyProperty().get());
    }

    private String passphrase() {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> app.shell().guideShown().readPassphrase(String::new));
    }

    @Test
    void afterGenerateTheKeyboardIsOnCopySoASecondEnterKeepsThePassphrase() {
        createVault();
        generateOnTheGuide();
        String generated = passphrase();

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getFocusOwner()).isSameAs(lookup("#copyPassphrase").query());
        push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(passphrase()).as("a second Enter copies, it does not regenerate").isEqualTo(generated);
    }

    @Test
    void escAfterGenerateAsksAndKeepingItKeepsThePassphrase() {
        createVault();
        generateOnTheGuide();
        String generated = passphrase();

        push(KeyCode.ESCAPE);
        waitUntil(this::asking);
        assertThat(lookup(".dialog-pane .content").queryLabeled().getText()).contains("passphrase you generated");
        keepEditing();

        assertThat(showing(this, "#new-key-tabs")).isTrue();
        assertThat(passphrase()).isEqualTo(generated);
    }

    @Test
    void clickingAnotherKeyAfterGenerateAsks() throws Exception {
        createVault();
        Vault vault = app.shell().vault().orElseThrow();
        try (Credentials credentials = new Credentials(Secret.ofString("6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a01"),
                Secret.ofString("22582BD0CFF14C41EDBF1AB98506286D"), Secret.ofString("Pass-phrase-1"))) {
            vault.add(new KeyDraft("Alpha", Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "", 0, credentials));
        }
        interact(() -> app.shell().keyList().reload(vault, null));
        waitUntil(() -> app.shell().keyList().items().size() == 1);
        generateOnTheGuide();

        clickOn(lookup("#key-list .list-cell").nth(0).<Node>query());
        waitUntil(this::asking);
        keepEditing();
        assertThat(showing(this, "#new-key-tabs")).as("still the new key's guide").isTrue();
    }

    @Test
    void closingTheWindowAfterGenerateAsks() {
        createVault();
        generateOnTheGuide();

        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil(this::asking);
        keepEditing();
        assertThat(stage.isShowing()).isTrue();
        assertThat(showing(this, "#new-key-tabs")).isTrue();
    }
}
