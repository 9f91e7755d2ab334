package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * The unlocked app, left alone, keeps JavaFX still: the timers that run while a vault is open (the auto-lock's tick,
 * the watch for commands writing to the vault) wait without an animation. A waiting Timeline made JavaFX run a
 * pulse 60 times a second for as long as the vault was open. (The other timers are FxTimers too; FxTimerUiTest
 * shows that a waiting FxTimer runs no pulses.)
 */
class IdleWithoutPulsesUiTest extends AppUiTest {

    private static final long LOOK_MILLIS = 1500;

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        vaultExists();
        return super.config(vault, configDirectory);
    }

    @Test
    void theUnlockedAppLeftAloneRunsNoPulses() throws Exception {
        // Typed without a click: the pointer stays off the window, so no tooltip's timer starts.
        write(MASTER);
        type(KeyCode.ENTER);
        waitUntil(() -> showing(this, "#main-screen") && app.shell().isUnlocked());
        // The focus is in the key list, not in a field whose caret blinks.
        Thread.sleep(1500);

        Scene scene = lookup("#main-screen").query().getScene();
        AtomicInteger pulses = new AtomicInteger();
        Runnable count = pulses::incrementAndGet;
        interact(() -> scene.addPostLayoutPulseListener(count));
        Thread.sleep(LOOK_MILLIS);
        interact(() -> scene.removePostLayoutPulseListener(count));

        assertThat(app.shell().isUnlocked()).isTrue();
        assertThat(pulses.get()).as("pulses in %d ms of an idle unlocked window (60 a second if an animation ran)",
                LOOK_MILLIS).isLessThanOrEqualTo(5);
    }
}
