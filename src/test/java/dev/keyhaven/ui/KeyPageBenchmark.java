package dev.keyhaven.ui;

import static dev.keyhaven.ui.BenchmarkSupport.LAUNCHER_OPTIONS;
import static dev.keyhaven.ui.BenchmarkSupport.classPath;
import static dev.keyhaven.ui.BenchmarkSupport.list;
import static dev.keyhaven.ui.BenchmarkSupport.median;
import static dev.keyhaven.ui.FxThread.onFx;
import static dev.keyhaven.ui.UiBenchmark.RESULT;
import static dev.keyhaven.ui.UiBenchmark.TYPING_MILLIS;
import static dev.keyhaven.ui.UiBenchmark.startApp;
import static dev.keyhaven.ui.UiBenchmark.waitFor;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.controls.SecretInput;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultLocation;
import dev.keyhaven.vault.VaultOptions;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

/**
 * Time on the JavaFX thread from choosing a key in the list (as a click does) until the first pulse that has
 * laid out its page: the first key after unlock, then another a second later. Wall time and the JavaFX
 * thread's processor time, each from a fresh headless app (Monocle) on a vault of 20 keys.
 * <p>{@code -Dkeypage.variants=before=/path/to/classes,after=target/classes} runs other builds of the app's own
 * classes against the same tests and libraries, alternating, to compare a change;
 * {@code -Dkeypage.runs=N} runs per variant (5).
 * <p>{@code ./mvnw -q -o -DskipTests test-compile exec:java@bench -Dbench=keypage}
 */
public final class KeyPageBenchmark {

    private static final int RUNS = Integer.getInteger("keypage.runs", 5);
    private static final int KEYS = 20;

    private KeyPageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            Child.run(Path.of(args[0]));
            System.out.flush();
            System.exit(0);
        }
        Map<String, String> variants = variants();
        Path home = Files.createTempDirectory("keyhaven-keypage");
        Path vaultFile = home.resolve("vault.keyhaven");
        try (Secret password = Secret.ofString(BenchmarkVault.MASTER);
                Vault vault = Vault.create(vaultFile, password, VaultOptions.forTests())) {
            for (int i = 0; i < KEYS; i++) {
                try (Credentials credentials = new Credentials(Secret.ofString("1a2b3c4d-0000-1111-2222-" + (100000000000L + i)),
                        Secret.ofString("22582BD0CFF14C41EDBF1AB98506286D"), Secret.ofString("Pass-phrase-" + i))) {
                    vault.add(new KeyDraft("Key " + i, i % 2 == 0 ? Purpose.TRADING : Purpose.READ_ONLY,
                            Environment.LIVE, Region.GLOBAL, null, "", 0, credentials));
                }
            }
        }
        Map<String, long[][]> figures = new LinkedHashMap<>();
        variants.keySet().forEach(name -> figures.put(name, new long[4][RUNS]));
        for (int run = 0; run < RUNS; run++) {
            for (Map.Entry<String, String> variant : variants.entrySet()) {
                long[] result = child(home, vaultFile, variant.getValue());
                for (int i = 0; i < 4; i++) {
                    figures.get(variant.getKey())[i][run] = result[i];
                }
                System.out.printf("    run %d %-8s first key %5d ms (FX thread processor %5d ms), later key %5d ms (%5d ms); load %s%n",
                        run + 1, variant.getKey(), result[0], result[1], result[2], result[3], loadAverage());
            }
        }
        figures.forEach((name, values) -> System.out.printf(
                "%-8s median of %d: first key after unlock %d ms (processor %d ms), later key %d ms (processor %d ms);"
                        + " first: %s; later: %s%n", name, RUNS, median(values[0]), median(values[1]), median(values[2]),
                median(values[3]), list(values[0]), list(values[2])));
    }

    private static Map<String, String> variants() {
        Map<String, String> variants = new LinkedHashMap<>();
        String given = System.getProperty("keypage.variants", "");
        if (given.isBlank()) {
            variants.put("current", "");
        }
        for (String each : given.split(",")) {
            if (each.contains("=")) {
                variants.put(each.substring(0, each.indexOf('=')), Path.of(each.substring(each.indexOf('=') + 1))
                        .toAbsolutePath().toString());
            }
        }
        return variants;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException none) {
            return "?";
        }
    }

    /** A fresh app with the app's classes from {@code classes} (empty: this JVM's); its four figures. */
    private static long[] child(Path home, Path vaultFile, String classes) throws Exception {
        String path = classPath();
        if (!classes.isEmpty()) {
            path = Arrays.stream(path.split(File.pathSeparator))
                    .map(entry -> entry.endsWith(File.separator + "target" + File.separator + "classes") ? classes : entry)
                    .reduce((a, b) -> a + File.pathSeparator + b).orElseThrow();
        }
        Path config = Files.createTempDirectory(home, "run");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", path, "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dprism.text=t2k", "-Djava.awt.headless=true", "-Duser.home=" + config));
        command.addAll(LAUNCHER_OPTIONS);
        command.addAll(List.of(KeyPageBenchmark.class.getName(), vaultFile.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put(VaultLocation.VAULT_VARIABLE, vaultFile.toString());
        builder.environment().put("XDG_CONFIG_HOME", config.resolve(".config").toString());
        Process process = builder.start();
        StringBuilder output = new StringBuilder();
        long[] result = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith(RESULT)) {
                    result = Arrays.stream(line.substring(RESULT.length()).strip().split(" ")).mapToLong(Long::parseLong).toArray();
                } else {
                    output.append(line).append('\n');
                }
            }
        }
        if (!process.waitFor(120, TimeUnit.SECONDS) || result == null) {
            process.destroyForcibly();
            throw new IllegalStateException("Benchmark invalid: no result from " + classes + ":\n" + output);
        }
        return result;
    }

    /** In the child: unlock after the typing pause, then the first key, then another, each timed. */
    static final class Child {
        static void run(Path vaultFile) throws Exception {
            Stage stage = startApp(vaultFile, VaultOptions.forTests());
            KeyhavenApp app = UiBenchmark.lastApp();
            Thread.sleep(TYPING_MILLIS);
            onFx(() -> {
                ((SecretInput) stage.getScene().getRoot().lookup("#unlock-password")).field().replaceText(0, 0,
                        BenchmarkVault.MASTER);
                ((Button) stage.getScene().getRoot().lookup("#unlock")).fire();
            });
            waitFor(() -> app.shell().keyList().items().size() == KEYS
                    && stage.getScene().getRoot().lookup("#key-list") instanceof ListView<?> list && list.isVisible());
            // The trader reads the list before clicking; the app is idle meanwhile.
            Thread.sleep(1000);
            long[] first = open(stage, 2);
            Thread.sleep(1000);
            long[] later = open(stage, 5);
            System.out.println(RESULT + first[0] + " " + first[1] + " " + later[0] + " " + later[1]);
        }

        /** Chooses key {@code index} in the list; wall and JavaFX-thread processor milliseconds until laid out. */
        private static long[] open(Stage stage, int index) throws Exception {
            long[] figures = new long[2];
            long[] started = new long[3];
            java.util.concurrent.CountDownLatch drawn = new java.util.concurrent.CountDownLatch(1);
            var threads = ManagementFactory.getThreadMXBean();
            onFx(() -> {
                Scene scene = stage.getScene();
                String label = "Key " + index;
                Runnable[] listener = new Runnable[1];
                listener[0] = () -> {
                    if (scene.getRoot().lookup("#detail-title") instanceof Label title && label.equals(title.getText())
                            && scene.getRoot().lookup("#key-tabs") != null) {
                        scene.removePostLayoutPulseListener(listener[0]);
                        figures[0] = (System.nanoTime() - started[0]) / 1_000_000;
                        figures[1] = (threads.getCurrentThreadCpuTime() - started[1]) / 1_000_000;
                        drawn.countDown();
                    }
                };
                scene.addPostLayoutPulseListener(listener[0]);
                started[0] = System.nanoTime();
                started[1] = threads.getCurrentThreadCpuTime();
                @SuppressWarnings("unchecked")
                ListView<dev.keyhaven.ui.keylist.KeyListItem> list =
                        (ListView<dev.keyhaven.ui.keylist.KeyListItem>) scene.getRoot().lookup("#key-list");
                list.getSelectionModel().select(list.getItems().stream()
                        .filter(item -> item.key().label().equals(label)).findFirst().orElseThrow());
            });
            if (!drawn.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Benchmark invalid: the page of key " + index + " never showed");
            }
            return figures;
        }
    }
}
