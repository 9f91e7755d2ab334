package dev.keyhaven.ui;

import static dev.keyhaven.ui.FxThread.onFx;
import static dev.keyhaven.ui.UiBenchmark.RESULT;
import static dev.keyhaven.ui.UiBenchmark.TYPING_MILLIS;

import dev.keyhaven.ui.controls.SecretInput;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

/**
 * In a child JVM of {@link UiUnlockBench}: the app as launched, the password typed after a pause, the time until
 * 100 keys are listed and laid out; prints the phases and each thread's processor time.
 */
final class UiUnlockChild {

    private UiUnlockChild() {
    }

    static void run(Path vaultFile) throws Exception {
        Stage stage = UiBenchmark.startApp(vaultFile, VaultOptions.standard());
        KeyhavenApp app = UiBenchmark.lastApp();
        Thread.sleep(TYPING_MILLIS);
        boolean warmingUp = Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().equals("keyhaven-warm-up"));
        AtomicLong shownAt = new AtomicLong();
        AtomicLong openedAt = new AtomicLong();
        AtomicLong listedAt = new AtomicLong();
        long[] started = new long[1];
        ThreadTimes[] times = new ThreadTimes[3];
        onFx(() -> {
            Scene scene = stage.getScene();
            app.shell().keyList().items().addListener((ListChangeListener<Object>) change -> {
                if (listedAt.get() == 0 && change.getList().size() == 100) {
                    listedAt.set(System.nanoTime());
                }
            });
            times[0] = ThreadTimes.now();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                // The list's time first: a lookup at every pulse would take the JavaFX thread from the unlock.
                if (listedAt.get() != 0 && scene.getRoot().lookup("#main-screen") instanceof Region main && main.isVisible()
                        && scene.getRoot().lookup("#key-list") instanceof ListView<?> list && list.getItems().size() == 100) {
                    scene.removePostLayoutPulseListener(listener[0]);
                    shownAt.set(System.nanoTime());
                }
            };
            scene.addPostLayoutPulseListener(listener[0]);
            ((SecretInput) scene.getRoot().lookup("#unlock-password")).field().replaceText(0, 0, BenchmarkVault.MASTER);
            started[0] = System.nanoTime();
            ((Button) scene.getRoot().lookup("#unlock")).fire();
        });
        // Polled without touching the JavaFX thread, which must not be kept busy by the benchmark itself.
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (shownAt.get() == 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Benchmark invalid: the main window never listed the 100 keys");
            }
            if (openedAt.get() == 0 && app.shell().isUnlocked()) {
                openedAt.set(System.nanoTime());
                times[1] = ThreadTimes.now();
            }
            Thread.sleep(1);
        }
        times[2] = ThreadTimes.now();
        if (times[1] == null) {
            times[1] = times[2];
            openedAt.set(listedAt.get());
        }
        System.out.printf("(b) warm-up %s at the unlock; phases: vault open (KDF, seal) %d ms, keys read and listed +%d ms, first layout +%d ms;"
                + " processor until open: %s; after: %s%n",
                warmingUp ? "STILL RUNNING" : "done", Duration.ofNanos(openedAt.get() - started[0]).toMillis(),
                Duration.ofNanos(listedAt.get() - openedAt.get()).toMillis(),
                Duration.ofNanos(shownAt.get() - listedAt.get()).toMillis(),
                times[1].since(times[0]), times[2].since(times[1]));
        // JVM uptime of the unlock's start and of the vault open, to line up -Xlog output (uptime decorations).
        // ProcessHandle, not the management API: the installed runtime does not link java.management.
        long uptimeNow = ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, java.time.Instant.now()).toMillis()).orElse(-1L);
        long nanosNow = System.nanoTime();
        System.out.printf("(b) at JVM uptime: unlock %d ms, vault open %d ms, window %d ms%n",
                uptimeNow - Duration.ofNanos(nanosNow - started[0]).toMillis(),
                uptimeNow - Duration.ofNanos(nanosNow - openedAt.get()).toMillis(),
                uptimeNow - Duration.ofNanos(nanosNow - shownAt.get()).toMillis());
        System.out.println(RESULT + Duration.ofNanos(shownAt.get() - started[0]).toMillis());
    }
}
