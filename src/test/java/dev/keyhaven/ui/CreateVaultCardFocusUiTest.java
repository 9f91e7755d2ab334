package dev.keyhaven.ui;

import static dev.keyhaven.ui.StartCardClicks.clickCardBackground;
import static dev.keyhaven.ui.StartCardClicks.field;
import static dev.keyhaven.ui.StartCardClicks.focusOwner;
import static dev.keyhaven.ui.StartCardClicks.typed;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.ui.controls.SecretInput;
import org.junit.jupiter.api.Test;

/**
 * A click on the create-vault card outside its fields keeps the field being typed in, or, when no field has the
 * caret, puts it in the first empty one.
 */
class CreateVaultCardFocusUiTest extends AppUiTest {

    @Test
    void aClickOnTheCardKeepsTheFieldBeingTypedIn() {
        waitUntil(() -> showing(this, "#new-password"));
        clickOn("#new-password .secret-field").write(MASTER);
        clickOn("#repeat-password .secret-field").write(MASTER.substring(0, 7));
        clickOn("Create your vault");
        assertThat(focusOwner(this)).isSameAs(field(this, "#repeat-password"));
        clickCardBackground(this);
        write(MASTER.substring(7));
        assertThat(typed(this, "#repeat-password")).isEqualTo(MASTER);
        assertThat(typed(this, "#new-password")).isEqualTo(MASTER);
    }

    @Test
    void withNoFieldFocusedAClickOnTheCardGoesToTheFirstEmptyField() {
        waitUntil(() -> showing(this, "#new-password"));
        clickOn("#new-password .secret-field").write(MASTER);
        interact(() -> lookup("#new-password").<SecretInput>query().revealToggle().requestFocus());
        assertThat(focusOwner(this)).isNotSameAs(field(this, "#new-password"));
        clickCardBackground(this);
        assertThat(focusOwner(this)).isSameAs(field(this, "#repeat-password"));
    }
}
