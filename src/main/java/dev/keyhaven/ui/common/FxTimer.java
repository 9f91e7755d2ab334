package dev.keyhaven.ui.common;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;

/**
 * Runs an action on the JavaFX thread after a delay, once or every period, without an animation. A running
 * {@code PauseTransition} or {@code Timeline}, however long its step, makes JavaFX run a pulse 60 times a
 * second until it stops (each a CSS and layout check of every scene): an auto-lock tick every few seconds kept
 * the idle window pulsing for as long as it was unlocked, and a pending heap trim did so beside every key
 * derivation. Here a daemon thread waits and only the action reaches the JavaFX thread.
 *
 * <p>Used on the JavaFX thread only. A stop or restart also cancels a run already on its way to the JavaFX
 * thread.
 */
public final class FxTimer {

    private static final ScheduledThreadPoolExecutor CLOCK = clock();

    private final Runnable action;
    private final boolean repeating;
    private Duration delay;
    private ScheduledFuture<?> pending;
    /** Which start a run belongs to: a run of an earlier start, still queued, does nothing. */
    private long round;

    private FxTimer(Duration delay, boolean repeating, Runnable action) {
        this.repeating = repeating;
        this.delay = checked(delay);
        this.action = Objects.requireNonNull(action);
    }

    /** A timer that runs {@code action} once, {@code delay} after each {@link #restart()}. */
    public static FxTimer once(Duration delay, Runnable action) {
        return new FxTimer(delay, false, action);
    }

    /** A timer that runs {@code action} every {@code period} from {@link #restart()} until {@link #stop()}. */
    public static FxTimer every(Duration period, Runnable action) {
        return new FxTimer(period, true, action);
    }

    /** The delay (or period) of the next start. */
    public void setDelay(Duration delay) {
        this.delay = checked(delay);
    }

    /** Starts over: the action runs a whole delay from now, whatever was pending is dropped. */
    public void restart() {
        stop();
        long thisRound = round;
        long millis = delay.toMillis();
        AtomicBoolean queued = new AtomicBoolean();
        Runnable toFx = () -> {
            // Ticks that come while the JavaFX thread is busy make one run, not a queue of them.
            if (queued.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    queued.set(false);
                    run(thisRound);
                });
            }
        };
        pending = repeating
                ? CLOCK.scheduleAtFixedRate(toFx, millis, millis, TimeUnit.MILLISECONDS)
                : CLOCK.schedule(toFx, millis, TimeUnit.MILLISECONDS);
    }

    /** Starts unless it is running already. */
    public void start() {
        if (!isRunning()) {
            restart();
        }
    }

    /** Nothing runs until the next start, not even a run already queued. */
    public void stop() {
        round++;
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    public boolean isRunning() {
        return pending != null;
    }

    private void run(long ofRound) {
        if (ofRound != round) {
            return;
        }
        if (!repeating) {
            pending = null;
        }
        action.run();
    }

    /** A stopped timer's task leaves the queue at once: it would hold what its action holds (an open vault). */
    private static ScheduledThreadPoolExecutor clock() {
        ScheduledThreadPoolExecutor clock = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "keyhaven-fx-timer");
            thread.setDaemon(true);
            return thread;
        });
        clock.setRemoveOnCancelPolicy(true);
        return clock;
    }

    private Duration checked(Duration delay) {
        if (delay.isNegative() || repeating && delay.toMillis() < 1) {
            throw new IllegalArgumentException("No timer runs with a delay of " + delay);
        }
        return delay;
    }
}
