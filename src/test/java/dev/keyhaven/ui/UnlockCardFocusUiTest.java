package dev.keyhaven.ui;

import static dev.keyhaven.ui.StartCardClicks.clickBesideCard;
import static dev.keyhaven.ui.StartCardClicks.clickCardBackground;
import static dev.keyhaven.ui.StartCardClicks.field;
import static dev.keyhaven.ui.StartCardClicks.focusOwner;
import static dev.keyhaven.ui.StartCardClicks.typed;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * A click on the unlock card outside the password field (its background, its title, its sentences, the screen
 * around it) leaves the caret in the password field: what is typed next is not lost.
 */
class UnlockCardFocusUiTest extends AppUiTest {

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        vaultExists();
        return super.config(vault, configDirectory);
    }

    @Test
    void clicksOnTheCardAndItsWordsLeaveThePasswordTyping() {
        waitUntil(() -> showing(this, "#unlock-password"));
        clickOn("#unlock-password .secret-field").write(MASTER.substring(0, 7));
        clickOn("Unlock your vault");
        assertThat(focusOwner(this)).as("after a click on the title").isSameAs(field(this, "#unlock-password"));
        clickCardBackground(this);
        assertThat(focusOwner(this)).as("after a click on the card").isSameAs(field(this, "#unlock-password"));
        clickBesideCard(this);
        assertThat(focusOwner(this)).as("after a click beside the card").isSameAs(field(this, "#unlock-password"));
        clickOn("Type your master password to see your keys.");
        write(MASTER.substring(7));
        assertThat(typed(this, "#unlock-password")).isEqualTo(MASTER);
        push(KeyCode.ENTER);
        waitUntil(() -> showing(this, "#main-screen"));
    }

    @Test
    void aClickOnTheCardPutsTheCaretBackInThePasswordField() {
        waitUntil(() -> showing(this, "#unlock-password"));
        clickOn("#unlock-password .secret-field").write("x");
        push(KeyCode.TAB);
        assertThat(focusOwner(this)).isNotSameAs(field(this, "#unlock-password"));
        clickCardBackground(this);
        assertThat(focusOwner(this)).isSameAs(field(this, "#unlock-password"));
    }
}
