package dev.keyhaven.ui.common;

import java.time.Duration;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;

/**
 * Locks the vault after a stretch without key or mouse activity in the window. Every input event
 * restarts the countdown; the timeout is read again at each restart, so a changed setting applies at
 * once. Use it on the JavaFX thread.
 */
public final class AutoLocker {

    private final Supplier<Duration> idleTimeout;
    private final PauseTransition countdown = new PauseTransition();
    private final EventHandler<InputEvent> activity = event -> restartIfRunning();
    private boolean running;

    public AutoLocker(Supplier<Duration> idleTimeout, Runnable lock) {
        this.idleTimeout = idleTimeout;
        countdown.setOnFinished(event -> {
            running = false;
            lock.run();
        });
    }

    /** Counts any key, mouse or scroll event in {@code scene} as activity. */
    public void watch(Scene scene) {
        scene.addEventFilter(InputEvent.ANY, activity);
    }

    public void start() {
        running = true;
        restart();
    }

    public void stop() {
        running = false;
        countdown.stop();
    }

    public boolean isRunning() {
        return running;
    }

    private void restartIfRunning() {
        if (running) {
            restart();
        }
    }

    private void restart() {
        countdown.stop();
        countdown.setDuration(javafx.util.Duration.millis(idleTimeout.get().toMillis()));
        countdown.playFromStart();
    }
}
