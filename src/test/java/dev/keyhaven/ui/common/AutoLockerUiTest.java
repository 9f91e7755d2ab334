package dev.keyhaven.ui.common;

import dev.keyhaven.ui.FxTest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.ManualClock;
import com.sun.javafx.stage.WindowHelper;
import dev.keyhaven.ui.common.AutoLocker.Reason;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The auto-locker against the wall clock: a fake clock jumps as it does over a laptop's sleep. */
class AutoLockerUiTest extends FxTest {

    private static final Duration IDLE = Duration.ofMinutes(5);
    /** So long that only focus, showing or a direct check can lock within a test. */
    private static final Duration NO_TICK = Duration.ofHours(1);

    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final List<Reason> locks = new CopyOnWriteArrayList<>();
    private boolean lockWhenMinimised = true;
    private Stage stage;
    private Scene scene;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        Button button = new Button("Something to click");
        button.setId("button");
        scene = new Scene(new VBox(button), 300, 200);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeWindows() throws Exception {
        // The window is shared by all desktop tests: one left minimised takes no clicks or keys.
        interact(() -> stage.setIconified(false));
        FxToolkit.hideStage();
    }

    private AutoLocker started(Duration tick) {
        AutoLocker locker = new AutoLocker(() -> IDLE, () -> lockWhenMinimised, clock, locks::add, tick);
        interact(() -> {
            locker.watch(scene);
            locker.start();
        });
        return locker;
    }

    @Test
    void aClockJumpAsAfterSleepLocksAtTheNextTick() throws Exception {
        AutoLocker locker = started(AutoLocker.TICK);
        Thread.sleep(1500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(locks).as("a second passed by the clock of the animation, none by the wall clock").isEmpty();

        clock.advance(Duration.ofMinutes(10));

        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> !locks.isEmpty());
        assertThat(locks).containsExactly(Reason.IDLE);
        assertThat(locker.isRunning()).isFalse();
    }

    @Test
    void aClockJumpLocksWhenTheWindowIsShownAgainWithoutWaitingForATick() {
        started(NO_TICK);
        interact(stage::hide);
        clock.advance(Duration.ofMinutes(10));
        assertThat(locks).isEmpty();

        interact(stage::show);

        assertThat(locks).containsExactly(Reason.IDLE);
    }

    @Test
    void aClockJumpLocksWhenTheWindowRegainsFocus() {
        started(NO_TICK);
        // Monocle's headless windows never lose the focus; this is the call JavaFX makes when the
        // system reports that the window lost or regained it.
        interact(() -> WindowHelper.setFocused(stage, false));
        clock.advance(Duration.ofMinutes(10));
        assertThat(locks).isEmpty();

        interact(() -> WindowHelper.setFocused(stage, true));

        assertThat(locks).containsExactly(Reason.IDLE);
    }

    @Test
    void mouseMovesDoNotPostponeTheLockButKeyPressesDo() {
        AutoLocker locker = started(NO_TICK);
        clock.advance(Duration.ofMinutes(4));
        moveTo("#button").moveBy(30, 20).moveBy(-30, -20);
        clock.advance(Duration.ofMinutes(2));
        interact(locker::checkNow);
        assertThat(locks).as("moving the mouse is not activity").containsExactly(Reason.IDLE);

        locks.clear();
        locker = started(NO_TICK);
        clock.advance(Duration.ofMinutes(4));
        clickOn("#button").type(KeyCode.A);
        clock.advance(Duration.ofMinutes(2));
        interact(locker::checkNow);
        assertThat(locks).as("a click and a key press four minutes in").isEmpty();

        clock.advance(Duration.ofMinutes(3));
        interact(locker::checkNow);
        assertThat(locks).containsExactly(Reason.IDLE);
    }

    @Test
    void aPressAfterTheTimeoutLocksInsteadOfCountingAsActivity() {
        List<String> clicked = new CopyOnWriteArrayList<>();
        interact(() -> lookup("#button").queryButton().setOnAction(event -> clicked.add("clicked")));
        started(NO_TICK);
        clock.advance(Duration.ofMinutes(10));

        clickOn("#button");

        assertThat(locks).containsExactly(Reason.IDLE);
        assertThat(clicked).as("the click that woke the window reaches no button").isEmpty();
    }

    @Test
    void minimisingLocksWhenTheSettingIsOn() {
        started(NO_TICK);
        interact(() -> stage.setIconified(true));
        assertThat(locks).containsExactly(Reason.MINIMISED);
    }

    @Test
    void minimisingDoesNotLockWhenTheSettingIsOff() {
        lockWhenMinimised = false;
        AutoLocker locker = started(NO_TICK);
        interact(() -> stage.setIconified(true));
        assertThat(locks).isEmpty();
        assertThat(locker.isRunning()).isTrue();
    }

    @Test
    void afterUnwatchTheWindowNoLongerHoldsTheLocker() throws Exception {
        AutoLocker locker = started(NO_TICK);
        WeakReference<AutoLocker> watched = new WeakReference<>(locker);
        interact(locker::unwatch);
        locker = null;
        for (int attempt = 0; attempt < 20 && watched.get() != null; attempt++) {
            System.gc();
            Thread.sleep(50);
        }
        assertThat(watched.get()).as("the locker was garbage-collected").isNull();
    }

    @Test
    void afterUnwatchMinimisingNoLongerLocks() {
        AutoLocker locker = started(NO_TICK);
        interact(() -> {
            locker.unwatch();
            locker.start();
            stage.setIconified(true);
        });
        assertThat(locks).isEmpty();
    }
}
