package dev.keyhaven.ui;

import static dev.keyhaven.ui.BenchmarkSupport.INSTALLED_HEAP_OPTIONS;
import static dev.keyhaven.ui.BenchmarkSupport.LAUNCHER_OPTIONS;
import static dev.keyhaven.ui.BenchmarkSupport.classPath;
import static dev.keyhaven.ui.UiBenchmark.RESULT;

import dev.keyhaven.vault.VaultLocation;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The fresh JVMs {@link UiBenchmark} measures in, all headless (Monocle), each finding its vault and settings
 * under a home folder of the benchmark's: the references (bare window, bare KDF) on the JDK with the launcher's
 * options, Keyhaven as the installed launcher starts it.
 */
final class UiChildJvms {

    private UiChildJvms() {
    }

    /** The launcher's and the installed app's options, as the first line of the benchmark says them. */
    static String optionsSaid() {
        if (LAUNCHER_OPTIONS.isEmpty() || INSTALLED_HEAP_OPTIONS.isEmpty()) {
            // Run outside Maven, the children would miss the launcher's options and the figures would not be the app's.
            return "NONE (run it through Maven, as the README says)";
        }
        return String.join(" ", LAUNCHER_OPTIONS) + " " + String.join(" ", INSTALLED_HEAP_OPTIONS);
    }

    /**
     * A reference child (the bare window, the bare KDF): the JDK's {@code java -cp}, as the targets define them,
     * with the launcher's JIT options and the installed app's heap options.
     */
    static Process start(Path home, List<String> mainAndArguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath()));
        command.addAll(LAUNCHER_OPTIONS);
        command.addAll(INSTALLED_HEAP_OPTIONS);
        return start(home, command, mainAndArguments);
    }

    /**
     * A child that runs Keyhaven: as the installed launcher runs it (the image's runtime, its launcher's options
     * and class-data archive, its jars first on the class path) when the app image is built; otherwise as
     * {@link #start}.
     */
    static Process startKeyhaven(Path home, List<String> mainAndArguments) throws Exception {
        InstalledImage image = Image.BUILT.orElse(null);
        if (image == null) {
            return start(home, mainAndArguments);
        }
        List<String> command = new ArrayList<>(List.of(image.java().toString(), "-cp", image.classPath(
                Arrays.stream(classPath().split(File.pathSeparator)).map(Path::of).toList())));
        command.addAll(image.javaOptions());
        // For experiments only: JVM options tried on Keyhaven's children, after the launcher's own.
        String tried = System.getProperty("ui.childOptions", "").strip();
        if (!tried.isEmpty()) {
            command.addAll(List.of(tried.split("\\s+")));
        }
        return start(home, command, mainAndArguments);
    }

    /** Where the Keyhaven children run, for the benchmark's first line. */
    static String keyhavenSaid() {
        return Image.BUILT.map(image -> "children running Keyhaven use " + image + " as its launcher does")
                .orElse("children running Keyhaven use the JDK and no class-data archive (no app image: "
                        + "build it with ./mvnw -Pinstaller package to measure what users run)");
    }

    private static Process start(Path home, List<String> java, List<String> mainAndArguments) throws Exception {
        List<String> command = new ArrayList<>(java);
        command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dprism.text=t2k", "-Djava.awt.headless=true", "-D" + StartupTrace.PROPERTY + "=true",
                "-Duser.home=" + home));
        command.addAll(mainAndArguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put(VaultLocation.VAULT_VARIABLE, home.resolve("vault.keyhaven").toString());
        builder.environment().put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        builder.environment().put("APPDATA", home.toString());
        return builder.start();
    }

    /** Where the launched app looks for settings.json, as a child with the same environment sees it. */
    static Path configDirectory(Path home) throws Exception {
        Process process = start(home, List.of(UiBenchmark.class.getName(), "config-directory"));
        String answer = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (process.waitFor() != 0 || !answer.startsWith(RESULT)) {
            throw new IllegalStateException("Benchmark invalid: no config directory:\n" + answer);
        }
        return Path.of(answer.substring(RESULT.length()));
    }

    /** The value a child prints as {@code RESULT <value>}; its lines starting with "(" are passed on. */
    static long result(Path home, List<String> mainAndArguments) throws Exception {
        return result(start(home, mainAndArguments), mainAndArguments);
    }

    /** As {@link #result}, from a child that runs Keyhaven ({@link #startKeyhaven}). */
    static long keyhavenResult(Path home, List<String> mainAndArguments) throws Exception {
        return result(startKeyhaven(home, mainAndArguments), mainAndArguments);
    }

    private static long result(Process process, List<String> mainAndArguments) throws Exception {
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

    /** The image, looked up (and its archive built) once, by the first child that runs Keyhaven. */
    private static final class Image {
        static final Optional<InstalledImage> BUILT = find();

        private static Optional<InstalledImage> find() {
            try {
                return InstalledImage.built();
            } catch (Exception e) {
                throw new IllegalStateException("Benchmark invalid: the app image could not be prepared", e);
            }
        }
    }
}
