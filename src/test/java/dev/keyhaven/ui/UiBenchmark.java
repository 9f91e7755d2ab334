package dev.keyhaven.ui;

import static dev.keyhaven.ui.BenchmarkSupport.LAUNCHER_OPTIONS;
import static dev.keyhaven.ui.BenchmarkSupport.classPath;
import static dev.keyhaven.ui.BenchmarkSupport.list;
import static dev.keyhaven.ui.BenchmarkSupport.median;
import static dev.keyhaven.ui.FxThread.callFx;
import static dev.keyhaven.ui.FxThread.onFx;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.AppSettings;
import dev.keyhaven.ui.common.SettingsStore;
import dev.keyhaven.ui.common.WindowBounds;
import dev.keyhaven.ui.controls.SecretInput;
import dev.keyhaven.vault.KdfParameters;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultLocation;
import dev.keyhaven.vault.VaultOptions;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Figures for the desktop app's targets, headless (Monocle, software rendering), every figure from
 * fresh JVMs started with the same flags, each run printed, medians compared:
 * (a) the unlock screen is shown within 1.3x the time a bare JavaFX window takes: the real launcher
 *     ({@code dev.keyhaven.Main}, a vault and settings.json in place, as on every start after the first)
 *     against an empty window ({@link FirstFrameWindows.BareWindow}); both report their first laid-out frame. For scale it also
 *     times the smallest window that can ask for a password ({@link FirstFrameWindows.MinimalPasswordWindow}: two
 *     labels, a password field and a button in JavaFX's own theme): the floor under any unlock screen
 *     made of JavaFX controls;
 * (b) unlock to the main window with 100 keys within the bare KDF time + 200 ms, standard KDF, in a
 *     fresh app that waited {@value #TYPING_MILLIS} ms on its unlock screen (the user typing), against
 *     the same Argon2id alone in a fresh JVM;
 * (c) the JavaFX thread is never busy more than 100 ms during "Check all" of 20 keys (fake OKX, 100 ms
 *     latency), in a fresh app unlocked after the same typing pause.
 *
 * <p>{@code ./mvnw -B -q -o -DskipTests test-compile exec:java@bench -Dbench=ui} (add {@code -Dui.parts=b,c}
 * to run only some parts)
 */
public final class UiBenchmark {

    private static final int FIRST_FRAME_RUNS = 7;
    private static final int UNLOCK_RUNS = Integer.getInteger("ui.unlockRuns", 9);
    private static final int CHECK_ALL_RUNS = Integer.getInteger("ui.checkAllRuns", 5);
    static final long TYPING_MILLIS = 1500;
    private static final String MASTER = BenchmarkVault.MASTER;
    static final String RESULT = "RESULT ";
    /** Which parts run, e.g. {@code -Dui.parts=b,c} to iterate on one; all three by default. */
    static final String PARTS = "ui.parts";
    // -Dui.unlockRuns=N and -Dui.checkAllRuns=N shorten (b) and (c) while iterating.

    private UiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            Child.run(args);
            return;
        }
        // Run outside Maven, the children would miss the launcher's options and the figures would not be the app's.
        System.out.println("    child JVMs start with the launcher's options: "
                + (LAUNCHER_OPTIONS.isEmpty() ? "NONE (run it through Maven, as the README says)" : String.join(" ", LAUNCHER_OPTIONS)));
        Path folder = Files.createTempDirectory("keyhaven-uibench");
        try {
            String parts = System.getProperty(PARTS, "a,b,c");
            if (parts.contains("a")) {
                firstFrame(folder.resolve("start"));
            }
            if (parts.contains("b")) {
                unlockWith100Keys(folder.resolve("standard"));
            }
            if (parts.contains("c")) {
                fxThreadDuringCheckAll(folder.resolve("checks"));
            }
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    // ---- (a) first frame ----

    private static void firstFrame(Path home) throws Exception {
        Path vaultFile = home.resolve("vault.keyhaven");
        try (Secret password = Secret.ofString(MASTER);
                Vault vault = Vault.create(vaultFile, password, VaultOptions.forTests())) {
            vault.info();
        }
        // A settings file as the app leaves it after its first run (theme, window bounds).
        new SettingsStore(configDirectory(home)).save(AppSettings.DEFAULTS.withWindow(
                new WindowBounds(40, 40, 1100, 720, false)));
        long[] bare = new long[FIRST_FRAME_RUNS];
        long[] minimal = new long[FIRST_FRAME_RUNS];
        long[] app = new long[FIRST_FRAME_RUNS];
        List<String> bareWindow = List.of(UiBenchmark.class.getName(), "bare");
        List<String> minimalWindow = List.of(UiBenchmark.class.getName(), "minimal");
        List<String> keyhaven = List.of(dev.keyhaven.Main.class.getName());
        for (List<String> warmUp : List.of(bareWindow, minimalWindow, keyhaven)) {
            firstFrameMillis(home, warmUp);
        }
        for (int run = 0; run < FIRST_FRAME_RUNS; run++) {
            bare[run] = firstFrameMillis(home, bareWindow);
            minimal[run] = firstFrameMillis(home, minimalWindow);
            app[run] = firstFrameMillis(home, keyhaven);
            System.out.printf("    run %d: bare window %d ms, minimal password window %d ms, Keyhaven's unlock screen %d ms%n",
                    run + 1, bare[run], minimal[run], app[run]);
        }
        long bareMedian = median(bare);
        long minimalMedian = median(minimal);
        long appMedian = median(app);
        double ratio = appMedian / (double) bareMedian;
        System.out.printf("(a) fresh JVM to first frame, median of %d after 1 warm-up: bare window %d ms (%s), "
                + "unlock screen %d ms (%s)%n", FIRST_FRAME_RUNS, bareMedian, list(bare), appMedian, list(app));
        System.out.printf("    unlock screen / bare window = %.2fx (target <= 1.30x) %s%n", ratio, ratio <= 1.3 ? "OK" : "OVER");
        System.out.printf("    for scale, the smallest JavaFX password window: %d ms (%s) = %.2fx the bare window%n",
                minimalMedian, list(minimal), minimalMedian / (double) bareMedian);
    }

    /** Milliseconds from starting a JVM until it reports its first frame laid out. */
    private static long firstFrameMillis(Path home, List<String> mainAndArguments) throws Exception {
        long started = System.currentTimeMillis();
        Process process = childJvm(home, mainAndArguments);
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

    /** A JVM with the same flags for every child; the app finds its vault and settings under {@code home}. */
    private static Process childJvm(Path home, List<String> mainAndArguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath(), "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dprism.text=t2k", "-Djava.awt.headless=true", "-D" + StartupTrace.PROPERTY + "=true",
                "-Duser.home=" + home));
        command.addAll(LAUNCHER_OPTIONS);
        command.addAll(mainAndArguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put(VaultLocation.VAULT_VARIABLE, home.resolve("vault.keyhaven").toString());
        builder.environment().put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        builder.environment().put("APPDATA", home.toString());
        return builder.start();
    }

    /** Where the launched app looks for settings.json, as a child with the same environment sees it. */
    private static Path configDirectory(Path home) throws Exception {
        Process process = childJvm(home, List.of(UiBenchmark.class.getName(), "config-directory"));
        String answer = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (process.waitFor() != 0 || !answer.startsWith(RESULT)) {
            throw new IllegalStateException("Benchmark invalid: no config directory:\n" + answer);
        }
        return Path.of(answer.substring(RESULT.length()));
    }

    /** The value a child prints as {@code RESULT <value>}. */
    private static long childResult(Path home, List<String> mainAndArguments) throws Exception {
        Process process = childJvm(home, mainAndArguments);
        StringBuilder output = new StringBuilder();
        Long result = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith(RESULT)) {
                    result = Long.parseLong(line.substring(RESULT.length()).strip());
                } else if (line.startsWith("(")) {
                    System.out.println("    " + line);
                } else {
                    output.append(line).append('\n');
                }
            }
        }
        if (!process.waitFor(120, TimeUnit.SECONDS) || result == null) {
            process.destroyForcibly();
            throw new IllegalStateException("Benchmark invalid: " + mainAndArguments + " gave no result:\n" + output);
        }
        return result;
    }

    /** What the child JVMs run besides the real launcher. */
    static final class Child {
        static void run(String[] args) throws Exception {
            switch (args[0]) {
                case "bare" -> Application.launch(FirstFrameWindows.BareWindow.class);
                case "minimal" -> Application.launch(FirstFrameWindows.MinimalPasswordWindow.class);
                case "unlock" -> Unlock.run(Path.of(args[1]));
                case "kdf" -> System.out.println(RESULT + bareKdfMillis(new KdfParameters(Integer.parseInt(args[1]),
                        Integer.parseInt(args[2]), Integer.parseInt(args[3]))));
                case "checkall" -> UiCheckAllChild.run(Path.of(args[1]));
                case "make-vault" -> System.out.println(RESULT + BenchmarkVault.createWith100Keys(Path.of(args[1])).iterations());
                case "config-directory" -> System.out.println(RESULT + VaultLocation.ofThisUser().configDirectory());
                default -> throw new IllegalArgumentException("No child named " + args[0]);
            }
            System.out.flush();
            System.exit(0);
        }
    }

    // ---- (b) unlock with 100 keys ----

    private static void unlockWith100Keys(Path home) throws Exception {
        Path vaultFile = home.resolve("vault.keyhaven");
        KdfParameters kdf = BenchmarkVault.createWith100Keys(vaultFile);
        List<String> bareKdf = List.of(UiBenchmark.class.getName(), "kdf", Integer.toString(kdf.memoryKiB()),
                Integer.toString(kdf.iterations()), Integer.toString(kdf.parallelism()));
        List<String> unlockApp = List.of(UiBenchmark.class.getName(), "unlock", vaultFile.toString());
        long[] unlock = new long[UNLOCK_RUNS];
        long[] bare = new long[UNLOCK_RUNS];
        for (int run = 0; run < UNLOCK_RUNS; run++) {
            bare[run] = childResult(home, bareKdf);
            unlock[run] = childResult(home, unlockApp);
            System.out.printf("    run %d: bare KDF %d ms, unlock to 100 keys %d ms (%+d ms)%n", run + 1, bare[run],
                    unlock[run], unlock[run] - bare[run]);
        }
        long unlockMedian = median(unlock);
        long kdfMedian = median(bare);
        System.out.printf("(b) unlock to main window with 100 keys in a fresh app, standard KDF (Argon2id m=%d MiB, t=%d), "
                + "median of %d: %d ms (%s); bare KDF in a fresh JVM %d ms (%s)%n", kdf.memoryKiB() / 1024,
                kdf.iterations(), UNLOCK_RUNS, unlockMedian, list(unlock), kdfMedian, list(bare));
        System.out.printf("    unlock - bare KDF = %d ms (target <= 200 ms) %s%n", unlockMedian - kdfMedian,
                unlockMedian - kdfMedian <= 200 ? "OK" : "OVER");
    }

    /** In a child: the app as launched, the password typed after a pause, the time until 100 keys are listed. */
    static final class Unlock {
        static void run(Path vaultFile) throws Exception {
            Stage stage = startApp(vaultFile, VaultOptions.standard());
            KeyhavenApp app = lastApp();
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
                app.shell().keyList().items().addListener((javafx.collections.ListChangeListener<Object>) change -> {
                    if (listedAt.get() == 0 && change.getList().size() == 100) {
                        listedAt.set(System.nanoTime());
                    }
                });
                times[0] = ThreadTimes.now();
                Runnable[] listener = new Runnable[1];
                listener[0] = () -> {
                    if (scene.getRoot().lookup("#main-screen") instanceof javafx.scene.layout.Region main && main.isVisible()
                            && scene.getRoot().lookup("#key-list") instanceof ListView<?> list && list.getItems().size() == 100) {
                        scene.removePostLayoutPulseListener(listener[0]);
                        shownAt.set(System.nanoTime());
                    }
                };
                scene.addPostLayoutPulseListener(listener[0]);
                ((SecretInput) scene.getRoot().lookup("#unlock-password")).field().replaceText(0, 0, MASTER);
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
            long uptimeNow = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
            long nanosNow = System.nanoTime();
            System.out.printf("(b) at JVM uptime: unlock %d ms, vault open %d ms, window %d ms%n",
                    uptimeNow - Duration.ofNanos(nanosNow - started[0]).toMillis(),
                    uptimeNow - Duration.ofNanos(nanosNow - openedAt.get()).toMillis(),
                    uptimeNow - Duration.ofNanos(nanosNow - shownAt.get()).toMillis());
            System.out.println(RESULT + Duration.ofNanos(shownAt.get() - started[0]).toMillis());
        }
    }

    /**
     * Argon2id as the vault runs it, timed from {@code init}, which makes its memory (65,536 one-KiB blocks
     * for 64 MiB, and the young collections that copy them while they are made): the unlock pays for that
     * too. Timed from {@code generateBytes} alone, as until 4 December 2026, the bare figure left it out.
     */
    private static long bareKdfMillis(KdfParameters kdf) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(kdf.memoryKiB()).withIterations(kdf.iterations()).withParallelism(kdf.parallelism())
                .withSalt(salt).build();
        byte[] key = new byte[32];
        ThreadTimes before = ThreadTimes.now();
        long started = System.nanoTime();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        long madeAt = System.nanoTime();
        generator.generateBytes(MASTER.getBytes(StandardCharsets.UTF_8), key);
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        System.out.printf("(b) bare KDF: memory made in %d ms; processor: %s%n",
                Duration.ofNanos(madeAt - started).toMillis(), ThreadTimes.now().since(before));
        Arrays.fill(key, (byte) 0);
        return millis;
    }

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

    private static final KeyhavenApp[] LAST_APP = new KeyhavenApp[1];

    /** The app {@link #startApp} started last in this JVM. */
    static KeyhavenApp lastApp() {
        return LAST_APP[0];
    }

    // ---- (c) the JavaFX thread during Check all ----

    private static void fxThreadDuringCheckAll(Path home) throws Exception {
        List<String> checkAll = List.of(UiBenchmark.class.getName(), "checkall", home.resolve("vault.keyhaven").toString());
        long[] longest = new long[CHECK_ALL_RUNS];
        for (int run = 0; run < CHECK_ALL_RUNS; run++) {
            longest[run] = childResult(home, checkAll);
        }
        long worst = Arrays.stream(longest).max().orElse(0);
        System.out.printf("    longest JavaFX-thread delay of each run: %s; worst %d ms (target <= 100 ms) %s%n",
                list(longest), worst, worst <= 100 ? "OK" : "OVER");
    }

    // ---- helpers ----

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
