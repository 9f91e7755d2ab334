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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code keyhaven add} / {@code keyhaven passwd} killed with SIGKILL inside its write transaction (attack 23
 * could not hit that window). No hook in the app: the test holds SQLite's shared lock on the vault, so the child
 * gets as far as its transaction's first change (its rollback journal appears beside the vault) and then waits at
 * COMMIT; it is killed there, the lock let go, and the next command finds the vault whole, with nothing changed.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "SIGKILL and SQLite's journal file as on Linux and macOS")
class KillInsideTransactionProcessTest {

    private static final String PASSWORD = "kill inside test password 1!";
    private static final String NEW_PASSWORD = "kill inside new password 2?";

    @TempDir
    Path folder;

    record Outcome(int exitCode, String out, String err) {
    }

    private Path vault() {
        return folder.resolve("vault.keyhaven");
    }

    private Path journal() {
        return folder.resolve("vault.keyhaven-journal");
    }

    private ProcessBuilder keyhaven(String password, Map<String, String> extra, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "dev.keyhaven.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(Files.createTempFile(folder, "out", ".txt").toFile())
                .redirectError(Files.createTempFile(folder, "err", ".txt").toFile());
        Map<String, String> environment = builder.environment();
        environment.remove(MasterPasswordReader.NEW_PASSWORD_VARIABLE);
        environment.remove(MasterPasswordReader.PASSWORD_FILE_VARIABLE);
        environment.put("KEYHAVEN_VAULT", vault().toString());
        environment.put("XDG_CONFIG_HOME", folder.resolve("config").toString());
        environment.put(MasterPasswordReader.PASSWORD_VARIABLE, password);
        environment.putAll(extra);
        return builder;
    }

    private Outcome run(String password, String input, String... args) throws Exception {
        ProcessBuilder builder = keyhaven(password, Map.of(), args);
        Process process = builder.start();
        feed(process, input);
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("keyhaven %s finished", String.join(" ", args)).isTrue();
        return new Outcome(process.exitValue(), Files.readString(builder.redirectOutput().file().toPath()),
                Files.readString(builder.redirectError().file().toPath()));
    }

    private static void feed(Process process, String input) {
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        } catch (IOException closedEarly) {
            // the command did not read all of its input
        }
    }

    private static String closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }

    private static String keyInput() {
        return API_KEY + "\n" + SECRET_KEY + "\n" + PASSPHRASE + "\n";
    }

    private void vaultWithOneKey() throws Exception {
        assertThat(run(PASSWORD, "", "init").exitCode()).isZero();
        Outcome added = run(PASSWORD, keyInput(), "add", "--label", "first", "--env", "demo", "--base-url", closedPort());
        assertThat(added.exitCode()).as(added.err()).isZero();
    }

    /** Starts the command while holding SQLite's shared lock, kills it once its journal exists, lets the lock go. */
    private void killInsideItsTransaction(ProcessBuilder command, String input) throws Exception {
        try (Connection reader = DriverManager.getConnection("jdbc:sqlite:" + vault())) {
            reader.setAutoCommit(false);
            try (Statement statement = reader.createStatement(); ResultSet count = statement.executeQuery(
                    "SELECT count(*) FROM keys")) {
                assertThat(count.next()).isTrue();
            }
            Process child = command.start();
            try {
                feed(child, input);
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
                while (!Files.exists(journal()) && child.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                assertThat(child.isAlive()).as("the child is inside its transaction, not finished: %s",
                        Files.readString(command.redirectError().file().toPath())).isTrue();
                assertThat(journal()).as("its transaction has begun changing the file").exists();
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
            } finally {
                child.destroyForcibly();
            }
            assertThat(journal()).as("a hot journal: the kill fell inside the transaction").exists();
            reader.rollback();
        }
    }

    @Test
    void anAddKilledInsideItsTransactionLeavesTheVaultWholeWithoutTheKey() throws Exception {
        vaultWithOneKey();

        killInsideItsTransaction(keyhaven(PASSWORD, Map.of(), "add", "--label", "second", "--env", "demo", "--base-url",
                closedPort()), keyInput());

        Outcome list = run(PASSWORD, "", "list");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains("first").doesNotContain("second");
        assertThat(list.err()).doesNotContain("Warning").doesNotContain("changed outside").doesNotContain("damaged");
        Outcome again = run(PASSWORD, keyInput(), "add", "--label", "second", "--env", "demo", "--base-url", closedPort());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(run(PASSWORD, "", "list").out()).contains("first").contains("second");
    }

    @Test
    void aPasswordChangeKilledInsideItsTransactionLeavesTheOldPasswordOpeningEverything() throws Exception {
        vaultWithOneKey();

        killInsideItsTransaction(keyhaven(PASSWORD, Map.of(MasterPasswordReader.NEW_PASSWORD_VARIABLE, NEW_PASSWORD),
                "passwd", "--old-backups", "keep"), "");

        Outcome list = run(PASSWORD, "", "list");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains("first");
        assertThat(list.err()).doesNotContain("Warning").doesNotContain("changed outside").doesNotContain("damaged");
        Outcome withNew = run(NEW_PASSWORD, "", "list");
        assertThat(withNew.exitCode()).as("the new password does not open it: %s", withNew.err())
                .isEqualTo(KeyhavenCli.EXIT_VAULT);
        Outcome show = run(PASSWORD, "", "show", "first");
        assertThat(show.exitCode()).as(show.err()).isZero();
    }
}
