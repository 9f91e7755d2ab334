package dev.keyhaven.ui;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.KeyStatus;
import dev.keyhaven.ui.controls.SecretInput;
import dev.keyhaven.vault.Credentials;
import dev.keyhaven.vault.KdfParameters;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URLClassLoader;
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
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Figures for the desktop app's targets, headless (Monocle, software rendering):
 * (a) the unlock screen is shown within 1.3x the time a bare JavaFX window takes, each in a fresh JVM;
 * (b) unlock to the main window with 100 keys within the bare KDF time + 200 ms, standard KDF;
 * (c) the JavaFX thread is never busy more than 100 ms during "Check all" of 20 keys (fake OKX, 100 ms latency).
 *
 * <p>{@code ./mvnw -B -q -o -DskipTests test-compile exec:java@bench -Dbench=ui}
 */
public final class UiBenchmark {

    private static final int FRESH_JVM_RUNS = 5;
    private static final int UNLOCK_ROUNDS = 3;
    private static final String MASTER = "lantern orbit velvet cactus";
    private static final String SHOWN = "SHOWN ";

    private UiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("child")) {
            Child.run(args[1], null);
            return;
        }
        if (args.length == 3 && args[0].equals("child")) {
            Child.run(args[1], Path.of(args[2]));
            return;
        }
        Path folder = Files.createTempDirectory("keyhaven-uibench");
        try {
            windowShown(folder);
            Headless.configure();
            CompletableFuture<Void> started = new CompletableFuture<>();
            Platform.startup(() -> started.complete(null));
            started.get(30, TimeUnit.SECONDS);
            Platform.setImplicitExit(false);
            unlockWith100Keys(folder.resolve("standard"));
            fxThreadDuringCheckAll(folder.resolve("checks"));
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    // ---- (a) first window ----

    private static void windowShown(Path folder) throws Exception {
        Path vaultFile = folder.resolve("start").resolve("vault.keyhaven");
        try (Secret password = Secret.ofString(MASTER);
                Vault vault = Vault.create(vaultFile, password, VaultOptions.forTests())) {
            vault.info();
        }
        long[] bare = new long[FRESH_JVM_RUNS];
        long[] unlock = new long[FRESH_JVM_RUNS];
        childJvm("bare", null);
        childJvm("unlock", vaultFile);
        for (int run = 0; run < FRESH_JVM_RUNS; run++) {
            bare[run] = childJvm("bare", null);
            unlock[run] = childJvm("unlock", vaultFile);
        }
        long bareMedian = median(bare);
        long unlockMedian = median(unlock);
        double ratio = unlockMedian / (double) bareMedian;
        System.out.printf("(a) fresh JVM to window shown, median of %d after 1 warm-up: bare window %d ms (%s), "
                + "unlock screen %d ms (%s)%n", FRESH_JVM_RUNS, bareMedian, list(bare), unlockMedian, list(unlock));
        System.out.printf("    unlock screen / bare window = %.2fx (target <= 1.30x) %s%n", ratio, ratio <= 1.3 ? "OK" : "OVER");
    }

    /** Milliseconds from starting a JVM until it reports its window shown. */
    private static long childJvm(String what, Path vaultFile) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath(), "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dprism.text=t2k", "-Djava.awt.headless=true", UiBenchmark.class.getName(), "child", what));
        if (vaultFile != null) {
            command.add(vaultFile.toString());
        }
        long started = System.currentTimeMillis();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Long shownAt = null;
        StringBuilder output = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith(SHOWN)) {
                    shownAt = Long.parseLong(line.substring(SHOWN.length()).strip());
                } else {
                    output.append(line).append('\n');
                }
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS) || shownAt == null) {
            process.destroyForcibly();
            throw new IllegalStateException("Benchmark invalid: the " + what + " window was never shown:\n" + output);
        }
        return shownAt - started;
    }

    private static String classPath() {
        if (UiBenchmark.class.getClassLoader() instanceof URLClassLoader loader && loader.getURLs().length > 0) {
            return Arrays.stream(loader.getURLs()).map(url -> {
                try {
                    return Path.of(url.toURI()).toString();
                } catch (java.net.URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }).collect(Collectors.joining(File.pathSeparator));
        }
        return System.getProperty("java.class.path");
    }

    /** What a child JVM runs: one window, then the moment its first frame was laid out. */
    static final class Child {
        static void run(String what, Path vaultFile) throws Exception {
            CompletableFuture<Long> shown = new CompletableFuture<>();
            Platform.startup(() -> {
                Stage stage = new Stage();
                if (what.equals("bare")) {
                    stage.setScene(new Scene(new Group(), 1100, 720));
                    stage.show();
                } else {
                    KeyhavenApp app = new KeyhavenApp(new AppConfig(vaultFile, vaultFile.resolveSibling("config"),
                            VaultOptions.forTests(), Clock.systemUTC()));
                    app.start(stage);
                    if (stage.getScene().getRoot().lookup("#unlock-password") == null) {
                        shown.completeExceptionally(new IllegalStateException("not the unlock screen"));
                    }
                }
                Scene scene = stage.getScene();
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    scene.removePostLayoutPulseListener(once[0]);
                    shown.complete(System.currentTimeMillis());
                };
                scene.addPostLayoutPulseListener(once[0]);
            });
            System.out.println(SHOWN + shown.get(30, TimeUnit.SECONDS));
            System.out.flush();
            System.exit(0);
        }
    }

    // ---- (b) unlock with 100 keys ----

    private static void unlockWith100Keys(Path folder) throws Exception {
        Path vaultFile = folder.resolve("vault.keyhaven");
        KdfParameters kdf;
        try (Secret password = Secret.ofString(MASTER);
                Vault vault = Vault.create(vaultFile, password, VaultOptions.standard())) {
            for (int i = 0; i < 100; i++) {
                try (Credentials credentials = new Credentials(Secret.ofString("1a2b3c4d-0000-1111-2222-" + (100000000000L + i)),
                        Secret.ofString("22582BD0CFF14C41EDBF1AB98506286D"), Secret.ofString("Pass-phrase-" + i))) {
                    vault.add(new KeyDraft("Key " + i, i % 2 == 0 ? Purpose.TRADING : Purpose.READ_ONLY, Environment.LIVE,
                            Region.GLOBAL, null, "", 0, credentials));
                }
            }
            kdf = vault.info().kdf();
        }
        Stage[] stage = new Stage[1];
        KeyhavenApp app = new KeyhavenApp(new AppConfig(vaultFile, folder.resolve("config"), VaultOptions.standard(),
                Clock.systemUTC()));
        onFx(() -> {
            stage[0] = new Stage();
            app.start(stage[0]);
        });
        long[] unlock = new long[UNLOCK_ROUNDS];
        long[] bareKdf = new long[UNLOCK_ROUNDS];
        for (int round = 0; round < UNLOCK_ROUNDS; round++) {
            bareKdf[round] = bareKdfMillis(kdf);
            waitFor(() -> stage[0].getScene().getRoot().lookup("#unlock-password") != null);
            AtomicLong shownAt = new AtomicLong();
            long started = System.nanoTime();
            onFx(() -> {
                Scene scene = stage[0].getScene();
                Runnable[] listener = new Runnable[1];
                listener[0] = () -> {
                    if (scene.getRoot().lookup("#main-screen") != null && app.shell().keyList().items().size() == 100) {
                        scene.removePostLayoutPulseListener(listener[0]);
                        shownAt.set(System.nanoTime());
                    }
                };
                scene.addPostLayoutPulseListener(listener[0]);
                ((SecretInput) scene.getRoot().lookup("#unlock-password")).field().replaceText(0, 0, MASTER);
                ((Button) scene.getRoot().lookup("#unlock")).fire();
            });
            waitFor(() -> shownAt.get() != 0);
            unlock[round] = Duration.ofNanos(shownAt.get() - started).toMillis();
            onFx(() -> app.shell().lock());
        }
        onFx(() -> stage[0].hide());
        long unlockMedian = median(unlock);
        long kdfMedian = median(bareKdf);
        System.out.printf("(b) unlock to main window with 100 keys, standard KDF (Argon2id m=%d MiB, t=%d), median of %d: "
                + "%d ms (%s); bare KDF %d ms (%s)%n", kdf.memoryKiB() / 1024, kdf.iterations(), UNLOCK_ROUNDS,
                unlockMedian, list(unlock), kdfMedian, list(bareKdf));
        System.out.printf("    unlock - bare KDF = %d ms (target <= 200 ms) %s%n", unlockMedian - kdfMedian,
                unlockMedian - kdfMedian <= 200 ? "OK" : "OVER");
    }

    private static long bareKdfMillis(KdfParameters kdf) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(kdf.memoryKiB()).withIterations(kdf.iterations()).withParallelism(kdf.parallelism())
                .withSalt(salt).build());
        byte[] key = new byte[32];
        long started = System.nanoTime();
        generator.generateBytes(MASTER.getBytes(StandardCharsets.UTF_8), key);
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        Arrays.fill(key, (byte) 0);
        return millis;
    }

    // ---- (c) the JavaFX thread during Check all ----

    private static void fxThreadDuringCheckAll(Path folder) throws Exception {
        try (FakeOkxServer okx = FakeOkxServer.start()) {
            okx.latency(Duration.ofMillis(100));
            Path vaultFile = folder.resolve("vault.keyhaven");
            try (Secret password = Secret.ofString(MASTER);
                    Vault vault = Vault.create(vaultFile, password, VaultOptions.forTests())) {
                for (int i = 0; i < 20; i++) {
                    FakeKey key = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1").label("bot" + i)
                            .trading("USDT", "100", "100"));
                    try (Credentials credentials = new Credentials(Secret.ofString(key.apiKey()),
                            Secret.ofString(key.secretKey()), Secret.ofString(key.passphrase()))) {
                        vault.add(new KeyDraft("bot" + i, Purpose.TRADING, Environment.LIVE, Region.GLOBAL, okx.baseUrl(),
                                "", 0, credentials));
                    }
                }
            }
            Stage[] stage = new Stage[1];
            KeyhavenApp app = new KeyhavenApp(new AppConfig(vaultFile, folder.resolve("config"), VaultOptions.forTests(),
                    Clock.systemUTC()));
            onFx(() -> {
                stage[0] = new Stage();
                app.start(stage[0]);
                ((SecretInput) stage[0].getScene().getRoot().lookup("#unlock-password")).field().replaceText(0, 0, MASTER);
                ((Button) stage[0].getScene().getRoot().lookup("#unlock")).fire();
            });
            waitFor(() -> app.shell().keyList().items().size() == 20);

            Heartbeat heartbeat = Heartbeat.start();
            long started = System.nanoTime();
            onFx(() -> ((Button) stage[0].getScene().getRoot().lookup("#check-all")).fire());
            waitFor(() -> app.shell().keyList().items().stream().noneMatch(item -> item.status() == KeyStatus.NEVER_CHECKED));
            long took = Duration.ofNanos(System.nanoTime() - started).toMillis();
            Thread.sleep(200);
            heartbeat.stop();
            long verified = callFx(() -> app.shell().keyList().items().stream()
                    .filter(item -> item.status() == KeyStatus.VERIFIED).count());
            onFx(() -> stage[0].hide());
            System.out.printf("(c) Check all of 20 keys (fake OKX, 100 ms per request): %d ms, %d verified, "
                    + "%d rate-limit refusals; FX thread heartbeat every 10 ms: %d beats, longest delay %d ms, "
                    + "99th percentile %d ms (target longest <= 100 ms) %s%n", took, verified, okx.rateLimitRejections(),
                    heartbeat.beats(), heartbeat.longest(), heartbeat.percentile(99),
                    heartbeat.longest() <= 100 ? "OK" : "OVER");
        }
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

    // ---- helpers ----

    private interface FxAction {
        void run() throws Exception;
    }

    private static void onFx(FxAction action) throws Exception {
        callFx(() -> {
            action.run();
            return null;
        });
    }

    private static <T> T callFx(java.util.concurrent.Callable<T> call) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(call.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!callFx(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Benchmark invalid: the window did not reach the expected state");
            }
            Thread.sleep(5);
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String list(long[] values) {
        return Arrays.stream(values).mapToObj(Long::toString).collect(Collectors.joining(", ")) + " ms";
    }
}
