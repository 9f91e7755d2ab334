package dev.keyhaven.ui.common;

import dev.keyhaven.ui.FxTest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.ManualClock;
import dev.keyhaven.secret.Secret;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

class ClipboardGuardUiTest extends FxTest {

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
    void aClockJumpPastTheClearTimeAsAfterSleepClearsAtTheNextTick() throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2026-03-02T09:00:00Z"));
        ClipboardGuard slow = ClipboardGuard.ofSystem(() -> Duration.ofSeconds(15), clock);
        interact(() -> {
            try (Secret secret = Secret.ofString("22582BD0CFF14C41EDBF1AB98506286D")) {
                slow.copy(secret);
            }
        });
        Thread.sleep(1500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clipboardText()).as("no time passed on the wall clock").isEqualTo("22582BD0CFF14C41EDBF1AB98506286D");

        clock.advance(Duration.ofMinutes(10));

        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> clipboardText() == null);
        assertThat(clipboardText()).isNull();
    }

    @Test
    void theCopyCarriesThisSystemsDoNotRecordMarkerAndStillPastesAsText() {
        copy("22582BD0CFF14C41EDBF1AB98506286D");
        String marker = switch (ClipboardMarkers.Os.current()) {
            case WINDOWS -> ClipboardMarkers.WINDOWS_CLIPBOARD_HISTORY;
            case MAC -> ClipboardMarkers.MAC_CONCEALED;
            case OTHER -> ClipboardMarkers.KDE_PASSWORD_HINT;
        };
        Object value = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() ->
                Clipboard.getSystemClipboard().getContent(ClipboardMarkers.format(marker))));
        assertThat(value).isInstanceOf(ByteBuffer.class);
        assertThat(clipboardText()).isEqualTo("22582BD0CFF14C41EDBF1AB98506286D");
    }

    @Test
    void clearIfOursEmptiesTheClipboardAtOnce() {
        copy("Pass-phrase-1");
        interact(guard::clearIfOurs);
        assertThat(clipboardText()).isNull();
        interact(() -> assertThat(guard.holdsCopiedValue()).isFalse());
    }
}
