package dev.keyhaven.ui.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Locks the vault after a stretch without the user touching the window, and when the window is
 * minimised if the settings ask for it.
 *
 * <p>It remembers the wall-clock time of the last key press, click or scroll (merely moving the mouse
 * over the window is not activity) and compares it every second and whenever the window is shown or
 * regains focus. A timer's delay does not count the time a laptop sleeps, the wall clock does: a laptop
 * that wakes after the timeout locks at once instead of granting the minutes that were left.
 * The timeout is read at every comparison, so a changed setting applies at once. Use it on the JavaFX
 * thread.
 */
public final class AutoLocker {

    /** Why the vault was locked, for the sentence on the unlock screen. */
    public enum Reason { IDLE, MINIMISED }

    static final Duration TICK = Duration.ofSeconds(1);

    private final Supplier<Duration> idleTimeout;
    private final BooleanSupplier lockWhenMinimised;
    private final Clock clock;
    private final Consumer<Reason> lock;
    private final FxTimer ticker;
    private final EventHandler<Event> activity = this::recordActivity;
    private final ChangeListener<Window> windowChange = (observable, was, now) -> follow(now);
    private final ChangeListener<Boolean> checkWhenTrue = (observable, was, now) -> {
        if (now) {
            checkNow();
        }
    };
    private final ChangeListener<Boolean> minimised = (observable, was, now) -> whenIconified(now);
    private Scene watched;
    private Window followed;
    private Instant lastActivity;
    private boolean running;

    /**
     * @param idleTimeout       how long without activity until the lock
     * @param lockWhenMinimised whether minimising the window locks at once (read when it happens)
     * @param clock             the wall clock
     * @param lock              locks the vault; called once per {@link #start()}
     */
    public AutoLocker(Supplier<Duration> idleTimeout, BooleanSupplier lockWhenMinimised, Clock clock,
            Consumer<Reason> lock) {
        this(idleTimeout, lockWhenMinimised, clock, lock, TICK);
    }

    AutoLocker(Supplier<Duration> idleTimeout, BooleanSupplier lockWhenMinimised, Clock clock,
            Consumer<Reason> lock, Duration tick) {
        this.idleTimeout = Objects.requireNonNull(idleTimeout, "idleTimeout");
        this.lockWhenMinimised = Objects.requireNonNull(lockWhenMinimised, "lockWhenMinimised");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lock = Objects.requireNonNull(lock, "lock");
        ticker = FxTimer.every(tick, this::checkNow);
    }

    /** Counts key presses, clicks and scrolls in {@code scene} as activity and follows its window. */
    public void watch(Scene scene) {
        unwatch();
        watched = scene;
        scene.addEventFilter(KeyEvent.KEY_PRESSED, activity);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, activity);
        scene.addEventFilter(ScrollEvent.SCROLL, activity);
        follow(scene.getWindow());
        scene.windowProperty().addListener(windowChange);
    }

    /**
     * Stops and takes back everything {@link #watch} attached, so that a closed app leaves no listener on
     * a window that outlives it (and the window does not keep the app, its vault and its screens alive).
     */
    public void unwatch() {
        stop();
        if (watched == null) {
            return;
        }
        watched.removeEventFilter(KeyEvent.KEY_PRESSED, activity);
        watched.removeEventFilter(MouseEvent.MOUSE_PRESSED, activity);
        watched.removeEventFilter(ScrollEvent.SCROLL, activity);
        watched.windowProperty().removeListener(windowChange);
        follow(null);
        watched = null;
    }

    private void follow(Window window) {
        if (window == followed) {
            return;
        }
        if (followed != null) {
            followed.focusedProperty().removeListener(checkWhenTrue);
            followed.showingProperty().removeListener(checkWhenTrue);
            if (followed instanceof Stage stage) {
                stage.iconifiedProperty().removeListener(minimised);
            }
        }
        followed = window;
        if (window != null) {
            window.focusedProperty().addListener(checkWhenTrue);
            window.showingProperty().addListener(checkWhenTrue);
            if (window instanceof Stage stage) {
                stage.iconifiedProperty().addListener(minimised);
            }
        }
    }

    /** Starts counting from now. */
    public void start() {
        lastActivity = clock.instant();
        running = true;
        ticker.start();
    }

    public void stop() {
        running = false;
        ticker.stop();
    }

    public boolean isRunning() {
        return running;
    }

    /** Locks if the timeout has passed since the last activity, by the wall clock. */
    public void checkNow() {
        if (!running) {
            return;
        }
        Instant now = clock.instant();
        if (now.isBefore(lastActivity)) {
            // The clock was set back: count from now rather than wait for it to catch up.
            lastActivity = now;
        }
        if (!now.isBefore(lastActivity.plus(idleTimeout.get()))) {
            lockNow(Reason.IDLE);
        }
    }

    private void whenIconified(boolean iconified) {
        if (iconified && running && lockWhenMinimised.getAsBoolean()) {
            lockNow(Reason.MINIMISED);
        }
    }

    private void recordActivity(Event event) {
        if (!running) {
            return;
        }
        // The comparison first: the click that wakes the window must not undo a lock already due,
        // nor reach a button of the screen the lock just took away.
        checkNow();
        if (running) {
            lastActivity = clock.instant();
        } else {
            event.consume();
        }
    }

    private void lockNow(Reason reason) {
        stop();
        lock.accept(reason);
    }
}
