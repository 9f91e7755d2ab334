package dev.keyhaven.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.FxTest;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walk 23 (33, 34): while the master password typed into the question is checked (about a second), the question
 * says so on its button instead of only greying it out; a wrong password brings the button back.
 */
class MasterPasswordQuestionBusyUiTest extends FxTest {

    private static final String MASTER = "Correct-Horse-Battery-9";

    private Stage stage;
    private final CountDownLatch letCheckFinish = new CountDownLatch(1);
    private final AtomicReference<Optional<String>> answer = new AtomicReference<>();

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 500, 400));
        stage.show();
    }

    private void ask() {
        FxDialogs dialogs = new FxDialogs(() -> stage);
        Platform.runLater(() -> {
            Optional<Secret> typed = dialogs.askMasterPassword("Show the secret key?", "Type your master password.",
                    "Show", candidate -> {
                        try {
                            letCheckFinish.await(20, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return candidate.reveal().equals(MASTER);
                    });
            answer.set(typed.map(secret -> {
                try (secret) {
                    return secret.reveal();
                }
            }));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Button confirmButton() {
        return lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(Button::isDefaultButton).findFirst().orElseThrow();
    }

    @Test
    void theButtonSaysCheckingWhileThePasswordIsChecked() throws Exception {
        ask();
        assertThat(confirmButton().getText()).isEqualTo("Show");
        clickOn("#confirm-master-password").write(MASTER);
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(confirmButton().getText()).isEqualTo(FxDialogs.CHECKING);
        assertThat(confirmButton().isDisabled()).as("pressed once is enough").isTrue();

        letCheckFinish.countDown();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> answer.get() != null);
        assertThat(answer.get()).contains(MASTER);
    }

    @Test
    void aWrongPasswordBringsTheButtonBack() throws Exception {
        ask();
        clickOn("#confirm-master-password").write("not the password");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(confirmButton().getText()).isEqualTo(FxDialogs.CHECKING);

        letCheckFinish.countDown();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> !confirmButton().getText().equals(FxDialogs.CHECKING)).get());
        assertThat(confirmButton().getText()).isEqualTo("Show");
        clickOn("Cancel");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> answer.get() != null);
        assertThat(answer.get()).isEmpty();
    }
}
