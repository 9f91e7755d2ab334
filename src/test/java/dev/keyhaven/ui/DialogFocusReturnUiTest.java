package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.ui.common.FxDialogs;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Once a question closes, the focus is back on the control that asked it, whichever way it was answered. */
class DialogFocusReturnUiTest extends FxTest {

    private Stage stage;
    private Button first;
    private Button asker;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        first = new Button("Add key");
        asker = new Button("Delete\u2026");
        stage.setScene(new Scene(new VBox(12, first, asker), 900, 600));
        stage.show();
    }

    private void askAndAnswer(Consumer<FxDialogs> question, Runnable answer) {
        FxDialogs dialogs = new FxDialogs(() -> stage);
        interact(asker::requestFocus);
        Platform.runLater(() -> question.accept(dialogs));
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        answer.run();
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Button button(String text) {
        return lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(button -> button.getText().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void theFocusGoesBackToTheAskerAfterEachKindOfQuestion() {
        askAndAnswer(dialogs -> dialogs.confirmDestructive("Delete?", "It is gone for good.", "Delete"),
                () -> clickOn(button("Delete")));
        assertThat(asker.isFocused()).as("after Delete").isTrue();
        askAndAnswer(dialogs -> dialogs.confirm("Save anyway?", "A plain question.", "Save"),
                () -> push(KeyCode.ESCAPE));
        assertThat(asker.isFocused()).as("after Esc").isTrue();
        askAndAnswer(dialogs -> dialogs.inform("Saved", "Saved."), () -> push(KeyCode.ENTER));
        assertThat(asker.isFocused()).as("after OK").isTrue();
        askAndAnswer(dialogs -> dialogs.askMasterPassword("Show the secret key?", "Type it."),
                () -> clickOn(button("Cancel")));
        assertThat(asker.isFocused()).as("after the master password's Cancel").isTrue();
    }
}
