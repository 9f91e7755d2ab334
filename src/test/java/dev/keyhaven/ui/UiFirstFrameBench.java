package dev.keyhaven.ui;

import static dev.keyhaven.ui.BenchmarkSupport.list;
import static dev.keyhaven.ui.BenchmarkSupport.median;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.AppSettings;
import dev.keyhaven.ui.common.SettingsStore;
import dev.keyhaven.ui.common.WindowBounds;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@link UiBenchmark}'s part (a): fresh JVM to first frame laid out, the real launcher ({@code dev.keyhaven.Main},
 * a vault and settings.json in place, as on every start after the first) against an empty window
 * ({@link FirstFrameWindows.BareWindow}), and for scale the smallest window that can ask for a password
 * ({@link FirstFrameWindows.MinimalPasswordWindow}): the floor under any unlock screen made of JavaFX controls.
 */
final class UiFirstFrameBench {

    private static final int RUNS = 7;

    private UiFirstFrameBench() {
    }

    static void run(Path home) throws Exception {
        Path vaultFile = home.resolve("vault.keyhaven");
        try (Secret password = Secret.ofString(BenchmarkVault.MASTER);
                Vault vault = Vault.create(vaultFile, password, VaultOptions.forTests())) {
            vault.info();
        }
        // A settings file as the app leaves it after its first run (theme, window bounds).
        new SettingsStore(UiChildJvms.configDirectory(home)).save(AppSettings.DEFAULTS.withWindow(
                new WindowBounds(40, 40, 1100, 720, false)));
        long[] bare = new long[RUNS];
        long[] minimal = new long[RUNS];
        long[] app = new long[RUNS];
        List<String> bareWindow = List.of(UiBenchmark.class.getName(), "bare");
        List<String> minimalWindow = List.of(UiBenchmark.class.getName(), "minimal");
        List<String> keyhaven = List.of(dev.keyhaven.Main.class.getName());
        for (List<String> warmUp : List.of(bareWindow, minimalWindow, keyhaven)) {
            firstFrameMillis(home, warmUp, warmUp == keyhaven);
        }
        for (int run = 0; run < RUNS; run++) {
            bare[run] = firstFrameMillis(home, bareWindow, false);
            minimal[run] = firstFrameMillis(home, minimalWindow, false);
            app[run] = firstFrameMillis(home, keyhaven, true);
            System.out.printf("    run %d: bare window %d ms, minimal password window %d ms, Keyhaven's unlock screen %d ms%n",
                    run + 1, bare[run], minimal[run], app[run]);
        }
        long bareMedian = median(bare);
        long minimalMedian = median(minimal);
        long appMedian = median(app);
        double ratio = appMedian / (double) bareMedian;
        System.out.printf("(a) fresh JVM to first frame, median of %d after 1 warm-up: bare window %d ms (%s), "
                + "unlock screen %d ms (%s)%n", RUNS, bareMedian, list(bare), appMedian, list(app));
        System.out.printf("    unlock screen / bare window = %.2fx (target <= 1.30x) %s%n", ratio, ratio <= 1.3 ? "OK" : "OVER");
        System.out.printf("    for scale, the smallest JavaFX password window: %d ms (%s) = %.2fx the bare window%n",
                minimalMedian, list(minimal), minimalMedian / (double) bareMedian);
    }

    /** Milliseconds from starting a JVM (Keyhaven's as installed, or a reference's) until it reports its first frame. */
    private static long firstFrameMillis(Path home, List<String> mainAndArguments, boolean keyhaven) throws Exception {
        long started = System.currentTimeMillis();
        Process process = keyhaven ? UiChildJvms.startKeyhaven(home, mainAndArguments) : UiChildJvms.start(home, mainAndArguments);
        StringBuilder output = new StringBuilder();
        Long shownAt = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (shownAt == null && (line = reader.readLine()) != null) {
                if (line.startsWith(StartupTrace.FIRST_FRAME)) {
                    shownAt = Long.parseLong(line.substring(StartupTrace.FIRST_FRAME.length()).strip());
                } else {
                    output.append(line).append('\n');
                }
            }
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        if (shownAt == null) {
            throw new IllegalStateException("Benchmark invalid: " + mainAndArguments + " never showed a frame:\n" + output);
        }
        return shownAt - started;
    }
}
