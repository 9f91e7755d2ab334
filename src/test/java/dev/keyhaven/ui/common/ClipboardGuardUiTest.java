package dev.keyhaven.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

class ClipboardGuardUiTest extends ApplicationTest {

    private ClipboardGuard guard;

    @Override
    public void start(Stage stage) {
        guard = ClipboardGuard.ofSystem(() -> Duration.ofMillis(500));
        stage.setScene(new Scene(new StackPane(), 100, 100));
        stage.show();
    }

    private String clipboardText() {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().hasString()
                ? Clipboard.getSystemClipboard().getString() : null));
    }

    private void copy(String value) {
        interact(() -> {
            try (Secret secret = Secret.ofString(value)) {
                guard.copy(secret);
            }
        });
    }

    @Test
    void aCopiedCredentialIsClearedAfterTheSetTime() throws Exception {
        copy("22582BD0CFF14C41EDBF1AB98506286D");
        assertThat(clipboardText()).isEqualTo("22582BD0CFF14C41EDBF1AB98506286D");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> clipboardText() == null);
        assertThat(clipboardText()).isNull();
    }

    @Test
    void whatTheUserCopiedMeanwhileIsLeftAlone() throws Exception {
        copy("22582BD0CFF14C41EDBF1AB98506286D");
        interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("a note of the user's");
            Clipboard.getSystemClipboard().setContent(content);
        });
        Thread.sleep(1200);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clipboardText()).isEqualTo("a note of the user's");
    }

    @Test
    void clearIfOursEmptiesTheClipboardAtOnce() {
        copy("Pass-phrase-1");
        interact(guard::clearIfOurs);
        assertThat(clipboardText()).isNull();
        interact(() -> assertThat(guard.holdsCopiedValue()).isFalse());
    }
}
