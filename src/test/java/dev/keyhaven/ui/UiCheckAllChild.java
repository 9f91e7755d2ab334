package dev.keyhaven.ui;

import static dev.keyhaven.ui.FxThread.callFx;
import static dev.keyhaven.ui.FxThread.onFx;
import static dev.keyhaven.ui.UiBenchmark.RESULT;
import static dev.keyhaven.ui.UiBenchmark.TYPING_MILLIS;
import static dev.keyhaven.ui.UiBenchmark.startApp;
import static dev.keyhaven.ui.UiBenchmark.waitFor;

import dev.keyhaven.keys.KeyVerdict;
import dev.keyhaven.ui.controls.SecretInput;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.stage.Stage;
/**
 * {@link UiBenchmark} (c), in a child JVM that runs Keyhaven ({@link UiCheckAllBench}): Check all of 20 keys; prints
 * its figures and the longest delay of a 10 ms JavaFX-thread heartbeat.
 */
final class UiCheckAllChild {


    private UiCheckAllChild() {
    }

    /** Unlocks the vault {@link UiCheckAllBench} made after the typing pause and runs Check all. */
    static void run(Path vaultFile) throws Exception {
        Stage stage = startApp(vaultFile, VaultOptions.forTests());
        KeyhavenApp app = UiBenchmark.lastApp();
        Thread.sleep(TYPING_MILLIS);
        onFx(() -> {
            ((SecretInput) stage.getScene().getRoot().lookup("#unlock-password")).field().replaceText(0, 0,
                    BenchmarkVault.MASTER);
            ((Button) stage.getScene().getRoot().lookup("#unlock")).fire();
        });
        waitFor(() -> app.shell().keyList().items().size() == 20);

        boolean warmingUp = Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().equals("keyhaven-warm-up"));
        ThreadTimes before = ThreadTimes.now();
        Heartbeat heartbeat = Heartbeat.start();
        long started = System.nanoTime();
        onFx(() -> ((Button) stage.getScene().getRoot().lookup("#check-all")).fire());
        waitFor(() -> app.shell().keyList().items().stream().noneMatch(item -> item.status() == KeyVerdict.NEVER_CHECKED));
        long took = Duration.ofNanos(System.nanoTime() - started).toMillis();
        Thread.sleep(200);
        heartbeat.stop();
        long verified = callFx(() -> app.shell().keyList().items().stream()
                .filter(item -> item.status() == KeyVerdict.WORKS).count());
        System.out.printf("(c) warm-up %s at Check all; processor during it: %s%n", warmingUp ? "STILL RUNNING" : "done",
                ThreadTimes.now().since(before));
        System.out.printf("(c) Check all of 20 keys (fake OKX, 100 ms per request): %d ms, %d verified; FX thread "
                + "heartbeat every 10 ms: %d beats, longest delay %d ms, 99th percentile %d ms%n", took, verified,
                heartbeat.beats(), heartbeat.longest(), heartbeat.percentile(99));
        System.out.println(RESULT + heartbeat.longest());
    }

    /** Posts to the JavaFX thread every 10 ms and records how long each post waited to run. */
    private static final class Heartbeat {
        private final List<Long> delays = java.util.Collections.synchronizedList(new ArrayList<>());
        private final java.util.concurrent.ScheduledExecutorService timer =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "fx-heartbeat");
                    thread.setDaemon(true);
                    return thread;
                });

        static Heartbeat start() {
            Heartbeat heartbeat = new Heartbeat();
            heartbeat.timer.scheduleAtFixedRate(() -> {
                long posted = System.nanoTime();
                Platform.runLater(() -> heartbeat.delays.add(Duration.ofNanos(System.nanoTime() - posted).toMillis()));
            }, 0, 10, TimeUnit.MILLISECONDS);
            return heartbeat;
        }

        void stop() {
            timer.shutdownNow();
        }

        int beats() {
            return delays.size();
        }

        long longest() {
            synchronized (delays) {
                return delays.stream().mapToLong(Long::longValue).max().orElse(0);
            }
        }

        long percentile(int p) {
            long[] sorted;
            synchronized (delays) {
                sorted = delays.stream().mapToLong(Long::longValue).sorted().toArray();
            }
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, sorted.length * p / 100)];
        }
    }
}
