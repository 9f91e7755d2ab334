package dev.keyhaven.cli;

import static dev.keyhaven.cli.FakeCredentials.API_KEY;
import static dev.keyhaven.cli.FakeCredentials.PASSPHRASE;
import static dev.keyhaven.cli.FakeCredentials.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real thing: {@code java dev.keyhaven.Main ...} in a child JVM with the standard vault settings,
 * a real environment and real standard input, as a script or a bot's start-up would use it.
 */
class CliProcessTest {

    private static final String PASSWORD = "process test password 1!";

    @TempDir
    Path folder;

    private final StringBuilder everythingPrinted = new StringBuilder();
    private final Map<String, String> extraEnvironment = new java.util.HashMap<>();

    record Outcome(int exitCode, String out, String err) {
    }

    private Outcome keyhaven(String password, String standardInput, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "dev.keyhaven.Main"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(folder, "out", ".txt");
        Path err = Files.createTempFile(folder, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> environment = builder.environment();
        environment.remove(MasterPasswordReader.NEW_PASSWORD_VARIABLE);
        environment.put("KEYHAVEN_VAULT", folder.resolve("vault.keyhaven").toString());
        // The generation memory lives beside the settings: in this test's folder, not the user's.
        environment.put("XDG_CONFIG_HOME", folder.resolve("config").toString());
        environment.remove(MasterPasswordReader.PASSWORD_VARIABLE);
        environment.remove(MasterPasswordReader.PASSWORD_FILE_VARIABLE);
        if (password != null) {
            environment.put(MasterPasswordReader.PASSWORD_VARIABLE, password);
        }
        extraEnvironment.forEach(environment::put);
        Process process = builder.start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(standardInput.getBytes(StandardCharsets.UTF_8));
        } catch (IOException closedEarly) {
            // The command did not read all of its input, which some commands never do.
        }
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("keyhaven " + String.join(" ", args) + " did not finish in time");
        }
        Outcome outcome = new Outcome(process.exitValue(), Files.readString(out), Files.readString(err));
        everythingPrinted.append(outcome.out()).append(outcome.err());
        return outcome;
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "the bot is a POSIX sh script; WindowsRunCommandTest starts "
            + ".cmd, .bat and python bots on Windows")
    void aScriptCreatesAVaultAddsAKeyAndStartsABotWithIt() throws Exception {
        Path seen = folder.resolve("seen.txt");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        assertThat(keyhaven(PASSWORD, "", "init").exitCode()).isZero();
        // An address on this computer where nothing answers: the check before the hand-out cannot learn the
        // permissions, so only --allow-withdraw hands the key out.
        Outcome added = keyhaven(PASSWORD, API_KEY + "\n" + SECRET_KEY + "\n" + PASSPHRASE + "\n",
                "add", "--label", "bot", "--env", "demo", "--base-url", "http://127.0.0.1:" + closedPort);
        assertThat(added.exitCode()).as(added.err()).isZero();
        Outcome run = keyhaven(null, PASSWORD + "\n", "run", "--password-stdin", "--allow-withdraw", "bot", "--", "sh", "-c",
                "echo bot started; printf '%s\\n' \"$OKX_API_KEY\" \"$OKX_SECRET_KEY\" \"$OKX_PASSPHRASE\" "
                        + "\"$OKX_FLAG\" \"${KEYHAVEN_PASSWORD-unset}\" > \"$0\"; exit 3", seen.toString());
        Outcome list = keyhaven(PASSWORD, "", "list");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("bot started");
        assertThat(run.err()).contains("Checking \"bot\" before handing it out...")
                .contains("could not learn whether \"bot\" can withdraw; it is handed out anyway");
        assertThat(Files.readAllLines(seen)).containsExactly(API_KEY, SECRET_KEY, PASSPHRASE, "1", "unset");
        assertThat(list.out()).contains("bot").contains("demo");
        assertThat(everythingPrinted.toString()).doesNotContain(API_KEY).doesNotContain(SECRET_KEY)
                .doesNotContain(PASSPHRASE).doesNotContain(PASSWORD);
    }

    /**
     * A bot that does what a malicious one would: reads its parent's (Keyhaven's) environment and command
     * line in /proc, and every file named there, and writes all of it to a file.
     */
    private static final String SPY = String.join("\n",
            "import os, sys",
            "parent = os.getppid()",
            "seen = []",
            "for name in ('environ', 'cmdline'):",
            "    with open('/proc/%d/%s' % (parent, name), 'rb') as f:",
            "        seen += [item for item in f.read().split(b'\\0') if item]",
            "found = list(seen)",
            "for item in seen:",
            "    for word in item.replace(b'=', b':').split(b':'):",
            "        path = word.decode('utf-8', 'replace')",
            "        if os.path.isfile(path) and not path.endswith('.jar'):",
            "            with open(path, 'rb') as f:",
            "                found.append(f.read(1 << 20))",
            "found.append(b'stdin:' + sys.stdin.buffer.read())",
            "with open(sys.argv[1], 'wb') as out:",
            "    out.write(b'\\n'.join(found))");

    @Test
    void aBotStartedWithThePasswordOnStandardInputFindsNoMasterPasswordInItsParent() throws Exception {
        Path spied = folder.resolve("spied.bin");
        addKeyWithoutOkx();

        Outcome run = keyhaven(null, PASSWORD + "\nthe bot's own input\n", "run", "--password-stdin", "--allow-withdraw",
                "bot", "--",
                "python3", "-c", SPY, spied.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String spiedText = Files.readString(spied, StandardCharsets.ISO_8859_1);
        assertThat(spiedText).as("the spy read its parent's environment").contains("KEYHAVEN_VAULT=")
                .contains("dev.keyhaven.Main").endsWith("stdin:the bot's own input\n");
        assertThat(spiedText).doesNotContain(PASSWORD);
    }

    @Test
    void thePasswordFileIsRefusedForRunAndWhatItWouldHaveExposedIsReal() throws Exception {
        Path spied = folder.resolve("spied.bin");
        addKeyWithoutOkx();
        Path passwordFile = folder.resolve("password.txt");
        Files.writeString(passwordFile, PASSWORD + "\n");
        Files.setPosixFilePermissions(passwordFile, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        extraEnvironment.put(MasterPasswordReader.PASSWORD_FILE_VARIABLE, passwordFile.toString());

        Outcome refused = keyhaven(null, "", "run", "bot", "--", "python3", "-c", SPY, spied.toString());

        assertThat(refused.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(refused.err()).contains("KEYHAVEN_PASSWORD_FILE is set").contains("--password-stdin");
        assertThat(Files.exists(spied)).as("nothing was started").isFalse();

        // What the refusal prevents: with the opt-in, the same spy finds the path and reads the password.
        Outcome exposed = keyhaven(null, "", "run", "--password-env-ok", "--allow-withdraw", "bot", "--", "python3", "-c", SPY,
                spied.toString());
        assertThat(exposed.exitCode()).as(exposed.err()).isZero();
        assertThat(Files.readString(spied, StandardCharsets.ISO_8859_1)).contains(passwordFile.toString()).contains(PASSWORD);
        extraEnvironment.clear();
    }

    private void addKeyWithoutOkx() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        assertThat(keyhaven(PASSWORD, "", "init").exitCode()).isZero();
        Outcome added = keyhaven(PASSWORD, API_KEY + "\n" + SECRET_KEY + "\n" + PASSPHRASE + "\n",
                "add", "--label", "bot", "--env", "demo", "--base-url", "http://127.0.0.1:" + closedPort);
        assertThat(added.exitCode()).as(added.err()).isZero();
    }

    @Test
    void aWrongPasswordEndsWithExitThreeAndOneSentenceWithoutAStackTrace() throws Exception {
        assertThat(keyhaven(PASSWORD, "", "init").exitCode()).isZero();

        Outcome wrong = keyhaven("not it", "", "list");

        assertThat(wrong.exitCode()).isEqualTo(KeyhavenCli.EXIT_VAULT);
        assertThat(wrong.out()).isEmpty();
        assertThat(wrong.err()).startsWith("keyhaven: ").containsIgnoringCase("password")
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("not it");
        assertThat(wrong.err().strip().lines().count()).isEqualTo(1);
    }
}
