package dev.keyhaven.ui;

import static dev.keyhaven.ui.BenchmarkSupport.median;

import dev.keyhaven.ui.StartupBenchmark.Programs;
import dev.keyhaven.ui.StartupBenchmark.Running;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Resident memory of the installed launcher against a bare JavaFX window idle for as long beside it:
 * the unlock screen after 20 s, and the app unlocked with 100 keys after a minute (the password typed
 * into the real window with xdotool, as a user would). Target for both: <= 1.5x.
 */
final class StartupMemory {

    private static final Duration UNLOCK_SCREEN_IDLE = Duration.ofSeconds(20);
    private static final Duration UNLOCKED_IDLE = Duration.ofSeconds(60);

    private StartupMemory() {
    }

    static void idleUnlockScreen(Programs programs, int runs) throws Exception {
        long[] bare = new long[runs];
        long[] app = new long[runs];
        for (int run = 0; run < runs; run++) {
            try (Running bareWindow = programs.bareWindow().start(); Running launcher = programs.launcher().start()) {
                bareWindow.awaitReady();
                launcher.awaitReady();
                Thread.sleep(UNLOCK_SCREEN_IDLE.toMillis());
                bare[run] = bareWindow.residentMiB();
                app[run] = launcher.residentMiB();
            }
            System.out.printf("    run %d: bare window %d MiB, unlock screen %d MiB%n", run + 1, bare[run], app[run]);
        }
        print("(m) resident memory after " + UNLOCK_SCREEN_IDLE.toSeconds() + " s idle: unlock screen", bare, app);
    }

    static void idleUnlocked(Programs programs, int runs) throws Exception {
        if (!onPath("xdotool")) {
            System.out.println("    no xdotool: install it (apt-get install xdotool) to measure the unlocked app");
            return;
        }
        long[] bare = new long[runs];
        long[] app = new long[runs];
        for (int run = 0; run < runs; run++) {
            try (Running bareWindow = programs.bareWindow().start(); Running launcher = programs.launcher().start()) {
                bareWindow.awaitReady();
                launcher.awaitReady();
                typePassword(programs.display());
                awaitVaultOpen(launcher, programs.vaultFile());
                Thread.sleep(UNLOCKED_IDLE.toMillis());
                bare[run] = bareWindow.residentMiB();
                app[run] = launcher.residentMiB();
            }
            System.out.printf("    run %d: bare window %d MiB, unlocked app with 100 keys %d MiB%n", run + 1, bare[run], app[run]);
        }
        print("    after " + UNLOCKED_IDLE.toSeconds() + " s idle: unlocked app with 100 keys", bare, app);
    }

    private static void print(String what, long[] bare, long[] app) {
        long bareMedian = median(bare);
        long appMedian = median(app);
        double ratio = appMedian / (double) bareMedian;
        System.out.printf("%s %d MiB (%s), bare window %d MiB (%s): %.2fx (target <= 1.50x) %s%n", what, appMedian,
                mib(app), bareMedian, mib(bare), ratio, ratio <= 1.5 ? "OK" : "OVER");
    }

    private static void typePassword(String display) throws Exception {
        xdotool(display, "search", "--sync", "--onlyvisible", "--name", "^Keyhaven$", "windowfocus", "--sync");
        xdotool(display, "type", "--delay", "20", BenchmarkVault.MASTER);
        xdotool(display, "key", "Return");
    }

    /** The app opens the vault file only once unlocked; waits for that, so the idle minute is the unlocked app's. */
    private static void awaitVaultOpen(Running launcher, Path vaultFile) throws Exception {
        Path descriptors = Path.of("/proc", Long.toString(launcher.pid()), "fd");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try (Stream<Path> open = Files.list(descriptors)) {
                if (open.anyMatch(fd -> pointsAt(fd, vaultFile))) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Benchmark invalid: the app did not open the vault after the password was typed");
    }

    private static boolean pointsAt(Path descriptor, Path file) {
        try {
            return Files.readSymbolicLink(descriptor).equals(file.toAbsolutePath());
        } catch (IOException e) {
            return false;
        }
    }

    private static void xdotool(String display, String... arguments) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of("xdotool"), Arrays.stream(arguments)).toList())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("DISPLAY", display);
        Process process = builder.start();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("Benchmark invalid: xdotool " + String.join(" ", arguments) + " failed");
        }
    }

    static boolean onPath(String program) {
        return Stream.of(System.getenv("PATH").split(":")).anyMatch(folder -> Files.isExecutable(Path.of(folder, program)));
    }

    private static String mib(long[] values) {
        return Arrays.stream(values).mapToObj(Long::toString).collect(Collectors.joining(", ")) + " MiB";
    }
}
