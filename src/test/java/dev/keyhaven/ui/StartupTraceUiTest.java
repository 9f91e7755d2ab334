package dev.keyhaven.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The installer's training run closes the app by a system property; nothing else may close it. */
class StartupTraceUiTest extends FxTest {

    private Stage window;

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @AfterEach
    void closeWindow() {
        System.clearProperty(StartupTrace.CLOSE_AFTER_START);
        interact(() -> window.hide());
    }

    @Test
    void closesTheWindowWhenTheTrainingRunAsks() throws Exception {
        System.setProperty(StartupTrace.CLOSE_AFTER_START, "50");
        interact(() -> {
            window = shownWindow();
            StartupTrace.closeLaterIfAsked(window);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.isShowing());
    }

    @Test
    void leavesTheWindowOpenOtherwise() throws Exception {
        interact(() -> {
            window = shownWindow();
            StartupTrace.closeLaterIfAsked(window);
        });
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.isShowing()).isTrue();
    }

    private static Stage shownWindow() {
        Stage stage = new Stage();
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
        return stage;
    }
}
