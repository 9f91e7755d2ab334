package dev.keyhaven.cli;

import static dev.keyhaven.cli.FakeCredentials.API_KEY;
import static dev.keyhaven.cli.FakeCredentials.PASSPHRASE;
import static dev.keyhaven.cli.FakeCredentials.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attack an audit found: a bot started by {@code keyhaven run} reads /proc/PARENT/mem, where Keyhaven
 * holds the master password and the (gateway's real) key. Real child JVMs, a real python3 bot; the control
 * parent is a JVM that did not close its memory, so the test shows the guard, not a locked-down machine.
 */
@EnabledOnOs(value = OS.LINUX, disabledReason = "prctl(PR_SET_DUMPABLE) and /proc/PID/mem are Linux's")
class ProcessMemoryGuardTest {

    private static final String PASSWORD = "memory guard password 1!";

    /** Prints "read N" when it read its parent's memory, "refused ..." when the system said no. */
    private static final String PROBE = String.join("\n",
            "import os, sys",
            "parent = os.getppid()",
            "def probe():",
            "    start = 0",
            "    try:",
            "        with open('/proc/%d/maps' % parent) as maps:",
            "            start = int(next(l for l in maps if l.split()[1].startswith('r')).split('-')[0], 16)",
            "    except OSError:",
            "        pass",
            "    try:",
            "        with open('/proc/%d/mem' % parent, 'rb', buffering=0) as mem:",
            "            mem.seek(start)",
            "            return 'read %d' % len(mem.read(4096))",
            "    except OSError as e:",
            "        return 'refused %s errno %d' % (type(e).__name__, e.errno)",
            "with open(sys.argv[1], 'w') as out:",
            "    out.write(probe())");

    @TempDir
    Path folder;

    private Path result;

    @BeforeEach
    void python() throws Exception {
        result = folder.resolve("probe.txt");
        Process python = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
        Assumptions.assumeTrue(python.waitFor(1, TimeUnit.MINUTES) && python.exitValue() == 0, "python3 is needed");
    }

    @Test
    void aBotCannotReadKeyhavensMemoryWhileRunHoldsTheKeyThoughItCanReadAnUnguardedParents() throws Exception {
        assertControlReadsItsParent();
        try (FakeOkxServer okx = FakeOkxServer.start()) {
            okx.add(FakeKey.builder().apiKey(API_KEY).secretKey(SECRET_KEY).passphrase(PASSPHRASE).perm("read_only,trade"));
            addKey(okx.baseUrl());

            Outcome run = keyhaven(PASSWORD + "\n", "run", "--password-stdin", "bot", "--",
                    "python3", "-c", PROBE, result.toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.err()).doesNotContain("did not let Keyhaven close its memory");
            assertThat(Files.readString(result)).startsWith("refused ");
        }
    }

    @Test
    void aBotCannotReadTheGatewaysRealKeyOutOfKeyhavensMemory() throws Exception {
        assertControlReadsItsParent();
        try (FakeOkxServer okx = FakeOkxServer.start()) {
            okx.add(FakeKey.builder().apiKey(API_KEY).secretKey(SECRET_KEY).passphrase(PASSPHRASE).perm("read_only,trade"));
            addKey(okx.baseUrl());

            Outcome run = keyhaven(PASSWORD + "\n", "run", "--password-stdin", "bot", "--gateway", "--",
                    "python3", "-c", PROBE, result.toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.err()).contains("Keyhaven's gateway for \"bot\" listens on");
            assertThat(Files.readString(result)).startsWith("refused ");
        }
    }

    /** Skips (with the reason) where even an unguarded parent is closed, e.g. under Yama's ptrace_scope 1. */
    private void assertControlReadsItsParent() throws Exception {
        Outcome control = java(List.of(UnguardedParent.class.getName(), "python3", "-c", PROBE, result.toString()),
                "", Map.of());
        assertThat(control.exitCode()).as(control.err()).isZero();
        String seen = Files.readString(result);
        Assumptions.assumeTrue(seen.startsWith("read "), "on this computer a child cannot read even an unguarded "
                + "parent's memory (" + seen + "; Yama's ptrace_scope?), so the guard cannot be told apart");
        assertThat(seen).isEqualTo("read 4096");
        Files.delete(result);
    }

    private void addKey(String baseUrl) throws Exception {
        Map<String, String> withPassword = Map.of(MasterPasswordReader.PASSWORD_VARIABLE, PASSWORD);
        Outcome init = java(List.of("dev.keyhaven.Main", "init"), "", withPassword);
        assertThat(init.exitCode()).as(init.err()).isZero();
        Outcome added = java(List.of("dev.keyhaven.Main", "add", "--label", "bot", "--base-url", baseUrl),
                API_KEY + "\n" + SECRET_KEY + "\n" + PASSPHRASE + "\n", withPassword);
        assertThat(added.exitCode()).as(added.err()).isZero();
    }

    private Outcome keyhaven(String standardInput, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("dev.keyhaven.Main"));
        command.addAll(List.of(args));
        return java(command, standardInput, Map.of());
    }

    /**
     * Root (CAP_SYS_PTRACE) reads any process's memory, which the guard does not stop; run as root (a
     * container, CI), Keyhaven and its bot get root's user but none of its capabilities, like a trader's user.
     */
    private static List<String> withoutRootsPowers() throws IOException {
        boolean root = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .anyMatch(line -> line.matches("Uid:\\s+0\\s.*"));
        if (!root) {
            return List.of();
        }
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "this test runs as root, and "
                + "setpriv (util-linux) is needed to drop root's capabilities, without which any process reads any other's memory");
        return List.of("/usr/bin/setpriv", "--bounding-set=-all", "--inh-caps=-all");
    }

    private record Outcome(int exitCode, String err) {
    }

    private Outcome java(List<String> mainAndArgs, String standardInput, Map<String, String> extra) throws Exception {
        List<String> command = new ArrayList<>(withoutRootsPowers());
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path")));
        command.addAll(mainAndArgs);
        Path err = Files.createTempFile(folder, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile());
        Map<String, String> environment = builder.environment();
        environment.remove(MasterPasswordReader.PASSWORD_VARIABLE);
        environment.remove(MasterPasswordReader.NEW_PASSWORD_VARIABLE);
        environment.remove(MasterPasswordReader.PASSWORD_FILE_VARIABLE);
        environment.put("KEYHAVEN_VAULT", folder.resolve("vault.keyhaven").toString());
        environment.put("XDG_CONFIG_HOME", folder.resolve("config").toString());
        environment.putAll(extra);
        Process process = builder.start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(standardInput.getBytes(StandardCharsets.UTF_8));
        } catch (IOException closedEarly) {
            // The command did not read all of its input.
        }
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", mainAndArgs) + " did not finish in time");
        }
        return new Outcome(process.exitValue(), Files.readString(err));
    }
}
