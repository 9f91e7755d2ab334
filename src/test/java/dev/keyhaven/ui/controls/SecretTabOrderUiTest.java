package dev.keyhaven.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.FxTest;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Tab goes from secret field to secret field; the Show (and Copy) buttons come after the last field, and Show is
 * also Ctrl+Shift+R in the field. A trader who types Tab, the passphrase, Enter never shows the secret key.
 */
class SecretTabOrderUiTest extends FxTest {

    private final List<SecretInput> inputs = new ArrayList<>();
    private final List<Button> copies = new ArrayList<>();
    private Button before;
    private Button after;

    @Override
    public void start(Stage stage) {
        VBox group = new VBox(8);
        for (String name : List.of("API key", "Secret key", "Passphrase")) {
            SecretInput input = new SecretInput(name);
            Button copy = new Button("Copy");
            input.getChildren().add(copy);
            inputs.add(input);
            copies.add(copy);
            group.getChildren().add(input);
        }
        SecretTabOrder.within(group, inputs.toArray(SecretInput[]::new));
        before = new Button("Before");
        after = new Button("Save");
        stage.setScene(new Scene(new VBox(10, before, group, after), 500, 240));
        stage.show();
    }

    private Node focusOwner() {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> before.getScene().getFocusOwner());
    }

    private List<Node> visited(KeyCode... keys) {
        List<Node> visited = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            press(keys).release(keys);
            visited.add(focusOwner());
        }
        return visited;
    }

    @Test
    void tabGoesFieldToFieldThenToTheButtonsThenOn() {
        clickOn(inputs.get(0).field());
        assertThat(visited(KeyCode.TAB)).containsExactly(inputs.get(1).field(), inputs.get(2).field(),
                inputs.get(0).revealToggle(), copies.get(0), inputs.get(1).revealToggle(), copies.get(1),
                inputs.get(2).revealToggle(), copies.get(2), after, before);
    }

    @Test
    void shiftTabWalksTheSameOrderBackwards() {
        clickOn(after);
        assertThat(visited(KeyCode.SHIFT, KeyCode.TAB)).containsExactly(copies.get(2), inputs.get(2).revealToggle(),
                copies.get(1), inputs.get(1).revealToggle(), copies.get(0), inputs.get(0).revealToggle(),
                inputs.get(2).field(), inputs.get(1).field(), inputs.get(0).field(), before);
    }

    @Test
    void tabPassphraseEnterKeepsTheSecretHiddenAndThePassphraseTyped() {
        clickOn(inputs.get(1).field()).write("SECRET");
        push(KeyCode.TAB);
        write("phrase");
        push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inputs.get(1).isShowingPlaintext()).as("the secret key stays hidden").isFalse();
        try (Secret typed = inputs.get(2).secret()) {
            assertThat(typed.reveal()).isEqualTo("phrase");
        }
    }

    @Test
    void theShortcutInTheFieldShowsAndHidesItAndTheTooltipSaysSo() {
        clickOn(inputs.get(1).field()).write("SECRET");
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inputs.get(1).isShowingPlaintext()).isTrue();
        assertThat(focusOwner()).as("the caret stays in the field").isSameAs(inputs.get(1).field());
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inputs.get(1).isShowingPlaintext()).isFalse();
        assertThat(inputs.get(1).revealToggle().getTooltip().getText()).contains("Ctrl+Shift+R");
        assertThat(inputs.get(1).revealToggle().getAccessibleText()).contains("Ctrl+Shift+R");
    }
}
