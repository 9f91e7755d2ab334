package dev.keyhaven.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.FxTest;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Show of a saved value says "Hide" only once the value is drawn, not while the master password is asked. */
class StoredValueShowUiTest extends FxTest {

    private SecretInput input;
    private Consumer<Secret> show;
    private Runnable refused;

    @Override
    public void start(Stage stage) {
        input = new SecretInput("Secret key");
        input.field().setPromptText("Stored: Show shows it; paste to replace it.");
        // The question for the master password stays open until the test answers it.
        input.setStoredValue((shown, refusal) -> {
            show = shown;
            refused = refusal;
        });
        stage.setScene(new Scene(new VBox(input), 400, 100));
        stage.show();
    }

    private String button() {
        WaitForAsyncUtils.waitForFxEvents();
        return input.revealToggle().getText();
    }

    @Test
    void theButtonSaysShowWhileThePasswordIsAskedAndHideOnceTheValueShows() {
        clickOn(input.revealToggle());
        assertThat(show).as("the stored value was asked for").isNotNull();
        assertThat(button()).isEqualTo("Show");

        interact(() -> {
            try (Secret value = Secret.ofString("0123456789ABCDEF")) {
                show.accept(value);
            }
        });
        assertThat(button()).isEqualTo("Hide");
        assertThat(input.isShowingPlaintext()).isTrue();

        clickOn(input.revealToggle());
        assertThat(button()).isEqualTo("Show");
    }

    @Test
    void aCancelledOrWrongPasswordLeavesTheButtonOnShow() {
        clickOn(input.revealToggle());
        interact(() -> refused.run());

        assertThat(button()).isEqualTo("Show");
        assertThat(input.revealedProperty().get()).isFalse();

        clickOn(input.revealToggle());
        assertThat(button()).as("asked again").isEqualTo("Show");
    }

    /** Walk 21 (107): while the password was checked the field looked empty, its placeholder covered. */
    @Test
    void whileThePasswordIsAskedAndCheckedTheFieldSaysSoNeverBlank() {
        clickOn(input.revealToggle());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(input.field().getPromptText()).isEqualTo(SecretInput.FETCHING_PROMPT);
        assertThat(lookup(node -> node instanceof RevealCanvas).query().isVisible())
                .as("nothing drawn over the placeholder").isFalse();

        interact(() -> refused.run());
        assertThat(input.field().getPromptText()).isEqualTo("Stored: Show shows it; paste to replace it.");
    }

    /** Walk 23 (34): "Waiting for the master password…" stayed while the password given was checked. */
    @Test
    void onceThePasswordIsGivenTheFieldSaysItIsChecked() {
        clickOn(input.revealToggle());
        interact(() -> input.checkingPassword());
        assertThat(input.field().getPromptText()).isEqualTo(SecretInput.CHECKING_PROMPT);

        interact(() -> {
            try (Secret value = Secret.ofString("0123456789ABCDEF")) {
                show.accept(value);
            }
        });
        assertThat(input.isShowingPlaintext()).isTrue();
        clickOn(input.revealToggle());
        assertThat(input.field().getPromptText()).isEqualTo("Stored: Show shows it; paste to replace it.");

        interact(() -> input.checkingPassword());
        assertThat(input.field().getPromptText()).as("nothing asked: nothing checked")
                .isEqualTo("Stored: Show shows it; paste to replace it.");
    }
}
