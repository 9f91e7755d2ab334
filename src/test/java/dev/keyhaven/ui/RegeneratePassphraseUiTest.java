package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A passphrase the trader copied or looked at may be typed into OKX already: Regenerate asks first, and the
 * safe answer (Keep, the default) keeps it.
 */
class RegeneratePassphraseUiTest extends AppUiTest {

    private boolean asking() {
        return lookup(".dialog-pane").tryQuery().isPresent();
    }

    private String passphrase() {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> app.shell().guideShown().readPassphrase(String::new));
    }

    private void generateOnTheGuide() {
        createVault();
        clickWhenReady(this, "#add-key");
        clickWhenReady(this, "#path-guided");
        waitUntil(() -> showing(this, "#generatePassphrase"));
        interact(() -> lookup("#generatePassphrase").queryButton().fire());
        waitUntil(() -> app.shell().guideShown().passphraseReadyProperty().get());
    }

    /** Pressed later on the JavaFX thread: the question it may ask waits for an answer there. */
    private void regenerate() {
        Button button = lookup("#generatePassphrase").queryButton();
        javafx.application.Platform.runLater(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Button answer(String text) {
        return from(lookup(".dialog-pane").<Node>query()).lookup((Button button) -> text.equals(button.getText()))
                .query();
    }

    @Test
    void regenerateAfterCopyAsksAndEnterKeepsThePassphrase() {
        generateOnTheGuide();
        String generated = passphrase();
        interact(() -> lookup("#copyPassphrase").queryButton().fire());

        regenerate();
        waitUntil(this::asking);
        assertThat(lookup(".dialog-pane .content").queryLabeled().getText())
                .contains("You copied this passphrase").contains("keep it: a new one will not match the key");
        assertThat(answer("Keep").isDefaultButton()).isTrue();
        assertThat(answer("Make a new one").isDefaultButton()).isFalse();
        push(KeyCode.ENTER);
        waitUntil(() -> !asking());
        assertThat(passphrase()).isEqualTo(generated);

        regenerate();
        waitUntil(this::asking);
        clickOn(answer("Make a new one"));
        waitUntil(() -> !asking());
        assertThat(passphrase()).isNotEqualTo(generated);
    }

    @Test
    void regenerateAfterShowAsks() {
        generateOnTheGuide();
        String generated = passphrase();
        interact(() -> lookup("#revealPassphrase").<javafx.scene.control.ToggleButton>query().fire());

        regenerate();
        waitUntil(this::asking);
        assertThat(lookup(".dialog-pane .content").queryLabeled().getText()).contains("You looked at this passphrase");
        clickOn(answer("Keep"));
        waitUntil(() -> !asking());
        assertThat(passphrase()).isEqualTo(generated);
    }

    @Test
    void regenerateBeforeCopyOrShowDoesNotAsk() {
        generateOnTheGuide();
        String generated = passphrase();

        regenerate();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asking()).isFalse();
        assertThat(passphrase()).isNotEqualTo(generated);
    }
}
