package dev.keyhaven.ui;

import static dev.keyhaven.ui.BenchmarkSupport.classPath;
import static dev.keyhaven.ui.BenchmarkSupport.list;
import static dev.keyhaven.ui.BenchmarkSupport.median;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Figures for how the installed app starts, black-box, on a real display server (Xvfb, so that JavaFX
 * runs as on a desktop: GTK, the same rendering choice for every program, not the tests' Monocle):
 * <ol>
 *   <li>from starting a program to its unlock screen laid out with the password field focused, against
 *       a bare JavaFX window (an empty {@link FirstFrameWindows.BareWindow} started with {@code java -cp}),
 *       alternating, median of {@value #RUNS}: the installed launcher (the app image under
 *       target/installer-work, its class-data archive built as the package's postinst builds it)
 *       <= 0.85x; the same launcher with class data sharing off, for scale; {@code java -jar
 *       target/keyhaven.jar} <= 1.3x, and the same with the class-data archive that the README's run
 *       command (exec:exec@app) points at <= 1.3x; and, for scale, the bare window and the least password
 *       window in Keyhaven's theme, each started as the launcher starts Keyhaven;</li>
 *   <li>resident memory (VmRSS) of the launcher's unlock screen idle for 20 s, and of the app unlocked
 *       (password typed with xdotool) with 100 keys idle for 60 s, each against a bare window idle as long
 *       beside it: <= 1.5x.</li>
 * </ol>
 *
 * <p>Build the image first ({@code ./mvnw -Pinstaller package}), then
 * {@code ./mvnw -q -DskipTests test-compile exec:java@bench -Dbench=startup}. Needs Xvfb (apt-get install
 * xvfb libgtk-3-0) and, for the unlocked figure, xdotool.
 */
public final class StartupBenchmark {

    private static final int RUNS = 9;
    private static final int MEMORY_RUNS = 3;
    /** The class-data archive that ./mvnw package makes for target/keyhaven.jar (pom.xml, app-class-data). */
    private static final Path JAR_ARCHIVE = Path.of("target/keyhaven.jsa");

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        InstalledImage image = InstalledImage.built().orElse(null);
        if (image == null) {
            System.out.println("    no app image at " + InstalledImage.FOLDER + ": build it with ./mvnw -Pinstaller package");
            return;
        }
        System.out.println("    " + image);
        Path home = Files.createTempDirectory("keyhaven-startbench");
        try (Xvfb display = Xvfb.start()) {
            if (display == null) {
                System.out.println("    no Xvfb: install it (apt-get install xvfb libgtk-3-0) to measure the start");
                return;
            }
            Programs programs = new Programs(home, display.name(), image);
            BenchmarkVault.createWith100Keys(home.resolve("vault.keyhaven"));
            startTimes(programs);
            StartupMemory.idleUnlockScreen(programs, MEMORY_RUNS);
            StartupMemory.idleUnlocked(programs, MEMORY_RUNS);
        } finally {
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static void startTimes(Programs programs) throws Exception {
        if (!Files.isRegularFile(JAR_ARCHIVE)) {
            System.out.println("    no " + JAR_ARCHIVE + " (./mvnw package makes it): the run command starts without it");
        }
        List<Program> compared = List.of(programs.bareWindow(), programs.launcher(), programs.launcherWithoutSharing(),
                programs.jar(), programs.runCommand(),
                programs.asInstalled("bare window started as the launcher starts Keyhaven", "bare"),
                programs.asInstalled("least password window in Keyhaven's theme, started so", "themed"));
        long[][] millis = new long[compared.size()][RUNS];
        long[][] cpu = new long[compared.size()][RUNS];
        for (Program program : compared) {
            program.millisToReady();
        }
        for (int run = 0; run < RUNS; run++) {
            StringBuilder line = new StringBuilder("    run " + (run + 1) + ":");
            for (int i = 0; i < compared.size(); i++) {
                long[] measured = compared.get(i).millisToReady();
                millis[i][run] = measured[0];
                cpu[i][run] = measured[1];
                line.append(String.format(" %s %d ms (processor %d ms),", compared.get(i).name(), measured[0], measured[1]));
            }
            System.out.println(line.substring(0, line.length() - 1));
        }
        long bare = median(millis[0]);
        long bareCpu = median(cpu[0]);
        System.out.printf("(s) start to unlock screen ready to type, Xvfb, alternating, median of %d after 1 warm-up: "
                + "bare JavaFX window (java -cp) %d ms (%s), processor time %d ms%n", RUNS, bare, list(millis[0]), bareCpu);
        double[] targets = {0, 0.85, 0, 1.3, 1.3, 0, 0};
        for (int i = 1; i < compared.size(); i++) {
            long median = median(millis[i]);
            double ratio = median / (double) bare;
            System.out.printf("    %s %d ms (%s) = %.2fx the bare window%s; processor time %d ms = %.2fx%n",
                    compared.get(i).name(), median, list(millis[i]), ratio, targets[i] == 0 ? " (for scale)"
                            : String.format(" (target <= %.2fx) %s", targets[i], ratio <= targets[i] ? "OK" : "OVER"),
                    median(cpu[i]), median(cpu[i]) / (double) bareCpu);
        }
    }

    /** The programs compared, all with the same home, vault and display. */
    static final class Programs {
        private final Path home;
        private final String display;
        private final InstalledImage image;
        private final Path launcher;

        Programs(Path home, String display, InstalledImage image) {
            this.home = home;
            this.display = display;
            this.image = image;
            this.launcher = image.launcher();
        }

        Program bareWindow() {
            return new Program(this, "bare window", List.of(javaCommand(), "-cp", classPath(),
                    UiBenchmark.class.getName(), "bare"), Map.of(), StartupTrace.FIRST_FRAME);
        }

        Program launcher() {
            return new Program(this, "installed launcher", List.of(launcher.toString()),
                    Map.of("JAVA_TOOL_OPTIONS", "-D" + StartupTrace.PROPERTY + "=true"), StartupTrace.READY_TO_TYPE);
        }

        /**
         * _JAVA_OPTIONS comes after the launcher's own options, so its -Xshare:off wins; a launcher with an
         * AOT cache (Java 24 and later) refuses -Xshare:off beside -XX:AOTCache, and takes -XX:AOTMode=off.
         */
        Program launcherWithoutSharing() throws IOException {
            Path config = launcher.getParent().getParent().resolve("lib/app/keyhaven.cfg");
            String off = Files.readString(config).contains("-XX:AOTCache=") ? "-XX:AOTMode=off" : "-Xshare:off";
            return new Program(this, "launcher without class data sharing", List.of(launcher.toString()),
                    Map.of("JAVA_TOOL_OPTIONS", "-D" + StartupTrace.PROPERTY + "=true", "_JAVA_OPTIONS", off),
                    StartupTrace.READY_TO_TYPE);
        }

        /**
         * For scale: one of {@link FirstFrameWindows} started as the launcher starts Keyhaven (the image's runtime,
         * its options and class-data archive, the test classes after its jars). What such a window costs on that
         * runtime is the part of the launcher's figure that no change to Keyhaven's own code can take away.
         */
        Program asInstalled(String name, String window) {
            List<String> command = new ArrayList<>(List.of(image.java().toString(), "-cp",
                    image.classPath(List.of(Path.of("target", "test-classes").toAbsolutePath()))));
            command.addAll(image.javaOptions());
            command.addAll(List.of(UiBenchmark.class.getName(), window));
            return new Program(this, name, command, Map.of(), StartupTrace.FIRST_FRAME);
        }

        /** {@code java -jar target/keyhaven.jar} with the launcher's JIT options, no class-data archive. */
        Program jar() {
            return jar("java -jar", List.of());
        }

        /** What the README's run command (exec:exec@app) starts: the jar with its class-data archive. */
        Program runCommand() {
            return jar("README's run command (java -jar with target/keyhaven.jsa)", List.of(
                    "-XX:SharedArchiveFile=" + JAR_ARCHIVE.toAbsolutePath(), "-Xlog:cds=off,cds+dynamic=off"));
        }

        private Program jar(String name, List<String> sharing) {
            List<String> command = new ArrayList<>(List.of(javaCommand()));
            command.addAll(BenchmarkSupport.LAUNCHER_OPTIONS);
            command.addAll(sharing);
            command.addAll(List.of("-D" + StartupTrace.PROPERTY + "=true", "-jar",
                    Path.of("target/keyhaven.jar").toAbsolutePath().toString()));
            return new Program(this, name, command, Map.of(), StartupTrace.READY_TO_TYPE);
        }

        String display() {
            return display;
        }

        Path vaultFile() {
            return home.resolve("vault.keyhaven");
        }

        private static String javaCommand() {
            return Path.of(System.getProperty("java.home"), "bin", "java").toString();
        }
    }

    /** One way of starting a window, and the line it prints when ready. */
    static final class Program {
        private final Programs programs;
        private final String name;
        private final List<String> command;
        private final Map<String, String> extraEnvironment;
        private final String readyLine;

        Program(Programs programs, String name, List<String> command, Map<String, String> extraEnvironment, String readyLine) {
            this.programs = programs;
            this.name = name;
            this.command = command;
            this.extraEnvironment = extraEnvironment;
            this.readyLine = readyLine;
        }

        String name() {
            return name;
        }

        Running start() throws IOException {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            Map<String, String> environment = builder.environment();
            environment.remove("JAVA_TOOL_OPTIONS");
            environment.remove("_JAVA_OPTIONS");
            environment.remove("WAYLAND_DISPLAY");
            environment.put("DISPLAY", programs.display);
            environment.put("HOME", programs.home.toString());
            environment.put("XDG_CONFIG_HOME", programs.home.resolve("config").toString());
            environment.put("XDG_DATA_HOME", programs.home.resolve("data").toString());
            environment.put("KEYHAVEN_VAULT", programs.home.resolve("vault.keyhaven").toString());
            environment.putAll(extraEnvironment);
            return new Running(System.currentTimeMillis(), builder.start(), readyLine);
        }

        /** Milliseconds on the clock from start to ready, and processor milliseconds used by then. */
        long[] millisToReady() throws Exception {
            try (Running running = start()) {
                long ready = running.awaitReady();
                return new long[] {ready - running.startedAt, running.cpuMillis()};
            }
        }
    }

    /** A started program; closing it ends it. */
    static final class Running implements AutoCloseable {
        private final long startedAt;
        private final Process process;
        private final String readyLine;
        private final BufferedReader output;

        Running(long startedAt, Process process, String readyLine) {
            this.startedAt = startedAt;
            this.process = process;
            this.readyLine = readyLine;
            this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        /** Epoch milliseconds at which the program said it was ready; its later output is drained. */
        long awaitReady() throws IOException {
            StringBuilder seen = new StringBuilder();
            String line;
            while ((line = output.readLine()) != null) {
                if (line.startsWith(readyLine)) {
                    Thread drain = new Thread(() -> {
                        try {
                            output.transferTo(java.io.Writer.nullWriter());
                        } catch (IOException e) {
                            // the program ended
                        }
                    });
                    drain.setDaemon(true);
                    drain.start();
                    return Long.parseLong(line.substring(readyLine.length()).strip());
                }
                seen.append(line).append('\n');
            }
            throw new IllegalStateException("Benchmark invalid: the program ended before it was ready:\n" + seen);
        }

        long pid() {
            return process.pid();
        }

        /**
         * Processor time the program has used so far, all its threads, from /proc (utime + stime, in clock
         * ticks of 10 ms): unlike the time on the clock, hardly changed by other programs on a busy machine.
         */
        long cpuMillis() throws IOException {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        }

        /** Resident memory in MiB, as /proc tells it. */
        long residentMiB() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
            throw new IllegalStateException("Benchmark invalid: no VmRSS for " + process.pid());
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** A display server of its own, so that no desktop is needed and none is disturbed. */
    static final class Xvfb implements AutoCloseable {
        private final Process process;
        private final String name;

        private Xvfb(Process process, String name) {
            this.process = process;
            this.name = name;
        }

        static Xvfb start() throws IOException {
            if (!StartupMemory.onPath("Xvfb")) {
                return null;
            }
            Process process = new ProcessBuilder("Xvfb", "-displayfd", "1", "-nolisten", "tcp", "-screen", "0", "1280x800x24")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String number = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
            if (number == null) {
                throw new IllegalStateException("Benchmark invalid: Xvfb did not start");
            }
            return new Xvfb(process, ":" + number.strip());
        }

        String name() {
            return name;
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

}
