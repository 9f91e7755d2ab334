package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.ui.controls.SecretInput;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Create vault: Tab goes password, again, Create vault, never onto a Show in between; letters typed while a
 * Show has the focus (after a click, say) go into its field instead of nowhere, and never reveal it.
 */
class CreateVaultTabOrderUiTest extends AppUiTest {

    private SecretInput input(String id) {
        return lookup("#" + id).queryAs(SecretInput.class);
    }

    private Node focused() {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> stage.getScene().getFocusOwner());
    }

    @Test
    void tabGoesFieldFieldCreateAndSkipsTheShowToggles() {
        SecretInput password = input("new-password");
        SecretInput again = input("repeat-password");
        clickOn("#new-password .secret-field").write("lantern orbit");
        type(KeyCode.TAB);
        assertThat(focused()).isSameAs(again.field());
        type(KeyCode.TAB);
        assertThat(focused()).as("Create is greyed: Tab comes round to the first field, past no Show")
                .isNotInstanceOf(ToggleButton.class);

        interact(() -> password.field().requestFocus());
        interact(() -> password.field().end());
        write(" velvet cactus");
        type(KeyCode.TAB);
        write("lantern orbit velvet cactus");
        assertThat(again.field().secretLengthProperty().get()).isEqualTo("lantern orbit velvet cactus".length());
        type(KeyCode.TAB);
        waitUntil(() -> focused() != null && "create-vault".equals(focused().getId()));
        assertThat(password.isShowingPlaintext() || again.isShowingPlaintext()).isFalse();
    }

    @Test
    void lettersTypedOnAFocusedShowGoIntoItsFieldAndRevealNothing() {
        SecretInput password = input("new-password");
        interact(() -> password.revealToggle().requestFocus());
        write("abc def");
        assertThat(password.field().secretLengthProperty().get()).isEqualTo("abc def".length());
        assertThat(focused()).isSameAs(password.field());
        assertThat(password.isShowingPlaintext()).isFalse();
        assertThat(password.revealToggle().isSelected()).isFalse();
    }
}
