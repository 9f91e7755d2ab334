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
        long listShown = System.nanoTime();
        long settled = settle();
        System.out.printf("(c) the JavaFX thread settled %d ms after the list showed (5 posts in a row ran within 15 ms)%n",
                Duration.ofNanos(settled - listShown).toMillis());

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
        System.out.println("(c) " + heartbeat.longestSplit(started));
        System.out.println(RESULT + heartbeat.longest());
    }

    /** Waits (at most 10 s) until five posts in a row reach the JavaFX thread within 15 ms; returns when. */
    private static long settle() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        int quick = 0;
        while (quick < 5 && System.nanoTime() < deadline) {
            long posted = System.nanoTime();
            callFx(() -> null);
            quick = Duration.ofNanos(System.nanoTime() - posted).toMillis() <= 15 ? quick + 1 : 0;
            Thread.sleep(10);
        }
        return System.nanoTime();
    }

    /**
     * Posts to the JavaFX thread every 10 ms and records how long each post waited to run, and (Linux schedstat) how
     * long the JavaFX thread ran and waited for a processor since the beat before: a stall's own work, told apart from
     * a thread that was ready but not scheduled.
     */
    private static final class Heartbeat {
        private record Beat(long postedNanos, long delayMillis, long ranNanos, long queuedNanos) {
        }

        private static final Path SCHEDSTAT = Path.of("/proc/thread-self/schedstat");
        private final List<Beat> beats = java.util.Collections.synchronizedList(new ArrayList<>());
        private final java.util.concurrent.ScheduledExecutorService timer =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "fx-heartbeat");
                    thread.setDaemon(true);
                    return thread;
                });
        /** The JavaFX thread's schedstat at the beat before: only that thread touches it. */
        private long[] before;

        static Heartbeat start() {
            Heartbeat heartbeat = new Heartbeat();
            heartbeat.timer.scheduleAtFixedRate(() -> {
                long posted = System.nanoTime();
                Platform.runLater(() -> heartbeat.beat(posted));
            }, 0, 10, TimeUnit.MILLISECONDS);
            return heartbeat;
        }

        private void beat(long posted) {
            long delay = Duration.ofNanos(System.nanoTime() - posted).toMillis();
            long[] now = schedstat();
            long ran = before == null ? 0 : now[0] - before[0];
            long queued = before == null ? 0 : now[1] - before[1];
            before = now;
            beats.add(new Beat(posted, delay, ran, queued));
        }

        /** Nanoseconds this thread ran and waited to run, or zeros where Linux's schedstat is missing. */
        private static long[] schedstat() {
            try {
                String[] fields = java.nio.file.Files.readString(SCHEDSTAT).strip().split(" ");
                return new long[] {Long.parseLong(fields[0]), Long.parseLong(fields[1])};
            } catch (java.io.IOException | RuntimeException missing) {
                return new long[] {0, 0};
            }
        }

        void stop() {
            timer.shutdownNow();
        }

        int beats() {
            return beats.size();
        }

        long longest() {
            return longestBeat().map(Beat::delayMillis).orElse(0L);
        }

        private java.util.Optional<Beat> longestBeat() {
            synchronized (beats) {
                return beats.stream().max(java.util.Comparator.comparingLong(Beat::delayMillis));
            }
        }

        /** Where the longest delay was, relative to {@code clickNanos}, and what the JavaFX thread did in it. */
        String longestSplit(long clickNanos) {
            long ranInAll;
            synchronized (beats) {
                ranInAll = Duration.ofNanos(beats.stream().skip(1).mapToLong(Beat::ranNanos).sum()).toMillis();
            }
            return longestBeat().map(beat -> String.format("longest delay %d ms, posted %d ms after the click; since the "
                    + "beat before it the JavaFX thread ran %d ms and waited %d ms for a processor (it ran %d ms during "
                    + "Check all)", beat.delayMillis(), Duration.ofNanos(beat.postedNanos() - clickNanos).toMillis(),
                    Duration.ofNanos(beat.ranNanos()).toMillis(), Duration.ofNanos(beat.queuedNanos()).toMillis(),
                    ranInAll)).orElse("no beats");
        }

        long percentile(int p) {
            long[] sorted;
            synchronized (beats) {
                sorted = beats.stream().mapToLong(Beat::delayMillis).sorted().toArray();
            }
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, sorted.length * p / 100)];
        }
    }
}
