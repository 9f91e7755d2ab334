package dev.keyhaven.ui;

import static dev.keyhaven.ui.RotationPages.generated;
import static dev.keyhaven.ui.RotationPages.rotateAStoredKey;
import static dev.keyhaven.ui.RotationPages.value;
import static dev.keyhaven.ui.UiTestSupport.focus;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A passphrase generated during a rotation is the new key's: it goes into the Passphrase field at once,
 * one key press after Generate copies it for OKX's form, and leaving the page with it unsaved asks first.
 */
class RotatePassphraseUiTest extends AppUiTest {

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        vaultExists();
        return super.config(vault, configDirectory);
    }

    private void generate() {
        interact(() -> lookup("#generatePassphrase").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean asking() {
        return lookup("Discard changes").tryQuery().isPresent();
    }

    @Test
    void oneClickOnGenerateThenEnterCopiesThePassphraseThatFillsThePassphraseField() throws Exception {
        unlock();
        rotateAStoredKey(this);

        generate();
        String generated = generated(this);
        assertThat(value(this, "#new-passphrase")).as("the Passphrase field").isEqualTo(generated);
        Node focused = WaitForAsyncUtils.waitForAsyncFx(5000, () -> stage.getScene().getFocusOwner());
        assertThat(focused).as("the focus after Generate").isSameAs(lookup("#copyPassphrase").query());

        push(KeyCode.ENTER);
        String copied = WaitForAsyncUtils.waitForAsyncFx(5000, () -> Clipboard.getSystemClipboard().getString());
        assertThat(copied).as("the clipboard").isEqualTo(generated);

        // Copied, so it may be on OKX already: Regenerate asks first, and the trader makes a new one.
        javafx.scene.control.Button regenerate = lookup("#generatePassphrase").queryButton();
        javafx.application.Platform.runLater(regenerate::fire);
        UiTestSupport.waitUntil(() -> lookup("Make a new one").tryQuery().isPresent());
        clickOn("Make a new one");
        UiTestSupport.waitUntil(() -> lookup("Make a new one").tryQuery().isEmpty());
        assertThat(value(this, "#new-passphrase")).as("the field after Regenerate").isEqualTo(generated(this))
                .isNotEqualTo(generated);
    }

    @Test
    void leavingTheRotationWithAGeneratedPassphraseAsksFirst() throws Exception {
        unlock();
        rotateAStoredKey(this);
        generate();
        interact(() -> lookup("#new-passphrase").queryAs(dev.keyhaven.ui.controls.SecretInput.class).wipe());

        // Clicked, not fired inside interact(): the question waits for an answer on the JavaFX thread.
        clickOn(focus(this, "#cancel-rotate"));
        waitUntil(this::asking);
        assertThat(lookup(".dialog-pane .content").queryLabeled().getText())
                .contains("with the passphrase you generated").contains("Replace the key");
        clickOn("Discard changes");
        waitUntil(() -> !showing(this, "#rotate-view"));
    }
}
