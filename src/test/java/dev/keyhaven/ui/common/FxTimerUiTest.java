package dev.keyhaven.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.ui.FxTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The timer that runs work on the JavaFX thread later without keeping JavaFX's pulse running. */
class FxTimerUiTest extends FxTest {

    private final List<Long> runs = new CopyOnWriteArrayList<>();
    private final List<Boolean> onFxThread = new CopyOnWriteArrayList<>();
    private Scene scene;

    @Override
    public void start(Stage stage) {
        scene = new Scene(new VBox(new Button("Nothing moves here")), 300, 200);
        stage.setScene(scene);
        stage.show();
    }

    private void record() {
        runs.add(System.nanoTime());
        onFxThread.add(Platform.isFxApplicationThread());
    }

    @Test
    void runsOnceOnTheJavaFxThreadNoSoonerThanItsDelay() throws Exception {
        FxTimer timer = FxTimer.once(Duration.ofMillis(150), this::record);
        long[] started = new long[1];
        interact(() -> {
            started[0] = System.nanoTime();
            timer.restart();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !runs.isEmpty());
        Thread.sleep(300);
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0) - started[0]).isGreaterThanOrEqualTo(Duration.ofMillis(150).toNanos());
        assertThat(onFxThread).containsExactly(true);
        assertThat(timer.isRunning()).isFalse();
    }

    @Test
    void aRestartStartsTheDelayOverAndRunsOnce() throws Exception {
        FxTimer timer = FxTimer.once(Duration.ofMillis(800), this::record);
        interact(timer::restart);
        Thread.sleep(100);
        long[] restarted = new long[1];
        interact(() -> {
            restarted[0] = System.nanoTime();
            timer.restart();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !runs.isEmpty());
        Thread.sleep(400);
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0) - restarted[0]).isGreaterThanOrEqualTo(Duration.ofMillis(800).toNanos());
    }

    @Test
    void aStoppedTimerDoesNotRun() throws Exception {
        FxTimer timer = FxTimer.once(Duration.ofMillis(50), this::record);
        interact(() -> {
            timer.restart();
            timer.stop();
        });
        Thread.sleep(400);
        assertThat(runs).isEmpty();
        assertThat(timer.isRunning()).isFalse();
    }

    @Test
    void aStopAlsoDropsARunAlreadyOnItsWayToTheJavaFxThread() throws Exception {
        FxTimer timer = FxTimer.once(Duration.ofMillis(1), this::record);
        interact(() -> {
            timer.restart();
            // The JavaFX thread is busy past the delay: the run is queued behind this task, then stopped.
            busyFor(150);
            timer.stop();
        });
        Thread.sleep(300);
        assertThat(runs).isEmpty();
    }

    @Test
    void aRestartAlsoDropsTheRunOfTheStartBefore() throws Exception {
        FxTimer timer = FxTimer.once(Duration.ofMillis(1), this::record);
        interact(() -> {
            timer.setDelay(Duration.ofMillis(1));
            timer.restart();
            busyFor(150);
            timer.setDelay(Duration.ofSeconds(30));
            timer.restart();
        });
        Thread.sleep(300);
        assertThat(runs).isEmpty();
        assertThat(timer.isRunning()).isTrue();
        interact(timer::stop);
    }

    @Test
    void aRepeatingTimerRunsUntilStopped() throws Exception {
        FxTimer timer = FxTimer.every(Duration.ofMillis(20), this::record);
        interact(timer::start);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> runs.size() >= 3);
        interact(() -> {
            timer.start();
            assertThat(timer.isRunning()).isTrue();
            timer.stop();
        });
        int afterStop = runs.size();
        Thread.sleep(200);
        assertThat(runs).hasSize(afterStop);
        assertThat(onFxThread).containsOnly(true);
    }

    @Test
    void ticksWhileTheJavaFxThreadIsBusyMakeOneRunNotAQueue() throws Exception {
        FxTimer timer = FxTimer.every(Duration.ofMillis(5), this::record);
        int[] afterBusy = new int[1];
        CountDownLatch counted = new CountDownLatch(1);
        Platform.runLater(() -> {
            timer.restart();
            busyFor(300);
            // Queued behind every run the ticks of those 300 ms queued: one, not about 60.
            Platform.runLater(() -> {
                afterBusy[0] = runs.size();
                timer.stop();
                counted.countDown();
            });
        });
        assertThat(counted.await(10, TimeUnit.SECONDS)).isTrue();
        // None only if the timer's thread got no processor in those 300 ms; never more than one.
        assertThat(afterBusy[0]).isLessThanOrEqualTo(1);
        interact(() -> { });
    }

    @Test
    void aRepeatingTimerNeedsAPeriod() {
        assertThatThrownBy(() -> FxTimer.every(Duration.ZERO, this::record)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FxTimer.every(Duration.ofNanos(500), this::record)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FxTimer.once(Duration.ofMillis(-1), this::record)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The reason for the class: a waiting Timeline kept JavaFX pulsing 60 times a second; this timer does not. */
    @Test
    void waitingRunsNoPulses() throws Exception {
        AtomicInteger pulses = new AtomicInteger();
        Runnable count = pulses::incrementAndGet;
        FxTimer timer = FxTimer.every(Duration.ofMillis(100), this::record);
        Timeline animation = new Timeline(new KeyFrame(javafx.util.Duration.millis(100), event -> record()));
        animation.setCycleCount(Timeline.INDEFINITE);
        interact(() -> scene.addPostLayoutPulseListener(count));
        Thread.sleep(300);

        interact(() -> {
            pulses.set(0);
            timer.restart();
        });
        Thread.sleep(600);
        int withTimer = pulses.get();
        interact(() -> {
            timer.stop();
            pulses.set(0);
            animation.play();
        });
        Thread.sleep(600);
        int withAnimation = pulses.get();
        interact(() -> {
            animation.stop();
            scene.removePostLayoutPulseListener(count);
        });

        assertThat(withAnimation).as("a Timeline's pulses, for scale").isGreaterThan(10);
        assertThat(withTimer).isLessThanOrEqualTo(2);
    }

    private static void busyFor(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
