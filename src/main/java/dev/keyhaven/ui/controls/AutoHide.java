package dev.keyhaven.ui.controls;

import java.time.Duration;
import java.util.Objects;
import dev.keyhaven.ui.common.FxTimer;

/** Hides a revealed secret again after a while, so a value shown for a glance does not stay on screen. */
public final class AutoHide {

    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(10);

    private final FxTimer timer;
    private Duration delay = DEFAULT_DELAY;

    /** @param hide turns the reveal off; called on the JavaFX thread when the time is up */
    public AutoHide(Runnable hide) {
        Objects.requireNonNull(hide, "hide");
        timer = FxTimer.once(DEFAULT_DELAY, hide);
    }

    private boolean counting;
    private boolean held;

    /** Starts the countdown when the value is revealed, cancels it when it is hidden. */
    public void follow(boolean revealed) {
        counting = revealed;
        restart();
    }

    /** While held the countdown waits; let go, a value still revealed gets the whole delay again. */
    public void hold(boolean hold) {
        held = hold;
        restart();
    }

    private void restart() {
        timer.stop();
        if (counting && !held) {
            timer.setDelay(delay);
            timer.restart();
        }
    }

    public Duration delay() {
        return delay;
    }

    /** Applies from the next reveal. */
    public void setDelay(Duration delay) {
        this.delay = Objects.requireNonNull(delay, "delay");
    }
}
