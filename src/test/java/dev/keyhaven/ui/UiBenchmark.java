package dev.keyhaven.ui;

import static dev.keyhaven.ui.BenchmarkSupport.list;
import static dev.keyhaven.ui.FxThread.callFx;
import static dev.keyhaven.ui.FxThread.onFx;

import dev.keyhaven.vault.KdfParameters;
import dev.keyhaven.vault.VaultLocation;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Figures for the desktop app's targets, headless (Monocle, software rendering), every figure from
 * fresh JVMs ({@link UiChildJvms}: Keyhaven as the installed launcher starts it when the app image is built, the
 * references on the JDK), each run printed, medians compared:
 * (a) the unlock screen is shown within 1.3x the time a bare JavaFX window takes ({@link UiFirstFrameBench});
 * (b) unlock to the main window with 100 keys within the bare KDF time + 200 ms ({@link UiUnlockBench});
 * (c) the JavaFX thread is never busy more than 100 ms during "Check all" of 20 keys (fake OKX, 100 ms
 *     latency, in this JVM), in a fresh app unlocked after the same typing pause ({@link UiCheckAllBench}).
 *
 * <p>{@code ./mvnw -B -q -o -DskipTests test-compile exec:java@bench -Dbench=ui} (add {@code -Dui.parts=b,c}
 * to run only some parts; {@code -Dui.unlockRuns=N} and {@code -Dui.checkAllRuns=N} shorten (b) and (c))
 * ({@code -Dui.childOptions="-XX:..."} adds JVM options to the children that run Keyhaven from the app image, to try one)
 */
public final class UiBenchmark {

    static final long TYPING_MILLIS = 1500;
    static final String RESULT = "RESULT ";
    /** Which parts run, e.g. {@code -Dui.parts=b,c} to iterate on one; all three by default. */
    static final String PARTS = "ui.parts";

    private static final KeyhavenApp[] LAST_APP = new KeyhavenApp[1];

    private UiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            try {
                runChild(args);
            } catch (Throwable failed) {
                // The JavaFX thread would keep a failed child alive, and the benchmark waiting for its output.
                failed.printStackTrace(System.out);
                System.out.flush();
                System.exit(1);
            }
            return;
        }
        System.out.println("    child JVMs start with the launcher's options: " + UiChildJvms.optionsSaid()
                + "; " + BenchmarkSupport.jarsSaid() + "; " + UiChildJvms.keyhavenSaid());
        Path folder = Files.createTempDirectory("keyhaven-uibench");
        try {
            String parts = System.getProperty(PARTS, "a,b,c");
            if (parts.contains("a")) {
                UiFirstFrameBench.run(folder.resolve("start"));
            }
            if (parts.contains("b")) {
                UiUnlockBench.run(folder.resolve("standard"));
            }
            if (parts.contains("c")) {
                UiCheckAllBench.run(folder.resolve("checks"));
            }
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** What the child JVMs run besides the real launcher. */
    private static void runChild(String[] args) throws Exception {
        switch (args[0]) {
            case "bare" -> Application.launch(FirstFrameWindows.BareWindow.class);
            case "minimal" -> Application.launch(FirstFrameWindows.MinimalPasswordWindow.class);
            case "themed" -> Application.launch(FirstFrameWindows.ThemedPasswordWindow.class);
            case "unlock" -> UiUnlockChild.run(Path.of(args[1]));
            case "kdf" -> System.out.println(RESULT + UiUnlockBench.bareKdfMillis(new KdfParameters(Integer.parseInt(args[1]),
                    Integer.parseInt(args[2]), Integer.parseInt(args[3]))));
            case "checkall" -> UiCheckAllChild.run(Path.of(args[1]));
            case "make-vault" -> System.out.println(RESULT + BenchmarkVault.createWith100Keys(Path.of(args[1])).iterations());
            case "config-directory" -> System.out.println(RESULT + VaultLocation.ofThisUser().configDirectory());
            default -> throw new IllegalArgumentException("No child named " + args[0]);
        }
        System.out.flush();
        System.exit(0);
    }

    // ---- what the children share ----

    /**
     * The app started as the launcher does (its preparation begun before JavaFX, its first-frame work),
     * on {@code vaultFile}; returns its stage once the unlock screen is laid out.
     */
    static Stage startApp(Path vaultFile, VaultOptions options) throws Exception {
        // Built before JavaFX starts, as the launcher does: its preparation overlaps the toolkit's start.
        KeyhavenApp app = new KeyhavenApp(new AppConfig(vaultFile, vaultFile.resolveSibling("config"), options,
                Clock.systemUTC()));
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        Stage[] stage = new Stage[1];
        onFx(() -> {
            stage[0] = new Stage();
            app.start(stage[0]);
        });
        waitFor(() -> stage[0].getScene().getRoot().lookup("#unlock-password") != null);
        LAST_APP[0] = app;
        return stage[0];
    }

    /** The app {@link #startApp} started last in this JVM. */
    static KeyhavenApp lastApp() {
        return LAST_APP[0];
    }

    static void waitFor(BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!callFx(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Benchmark invalid: the window did not reach the expected state");
            }
            Thread.sleep(5);
        }
    }
}
