package dev.keyhaven.cli;

import static dev.keyhaven.cli.FakeCredentials.API_KEY;
import static dev.keyhaven.cli.FakeCredentials.PASSPHRASE;
import static dev.keyhaven.cli.FakeCredentials.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.cli.CliHarness.Result;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.OlderVaultWriter;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The gate in front of a bot: what it refuses, what it warns about, and what the child inherits. */
class RunCommandGuardTest extends RunGateFixture {

    private Result run(String label, String script) {
        return gate(label, "--", "sh", "-c", script, seen.toString());
    }

    @Test
    void aKeyWhoseStoredAddressIsNoLongerAcceptedIsNotHandedOut() throws Exception {
        try (FakeOkxServer okx = FakeOkxServer.start()) {
            okx.add(FakeKey.builder().apiKey(API_KEY).secretKey(SECRET_KEY).passphrase(PASSPHRASE)
                    .perm("read_only,trade").ips("127.0.0.1"));
            cli.add("old", API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", okx.baseUrl());
            KeyRecord key;
            try (Vault vault = cli.openVault()) {
                key = vault.keyByLabel("old").orElseThrow();
            }
            try (Secret password = Secret.ofString(CliHarness.PASSWORD)) {
                OlderVaultWriter.storeBaseUrl(cli.vault(), password, key, "https://proxy.example");
            }

            Result refused = run("old", "echo started > \"$0\"");

            assertThat(refused.exitCode()).isEqualTo(KeyhavenCli.EXIT_PROBLEM);
            assertThat(refused.err()).contains("\"old\" was not handed out: its address is not accepted.")
                    .contains("Edit the key's address in the Keyhaven app.");
            assertThat(Files.exists(seen)).isFalse();
            assertThat(okx.requests()).isEmpty();
        }
    }

    @Test
    void aFirstCheckThatFailsWithKnownPermissionsHandsOutWithAWarning() throws Exception {
        try (FakeOkxServer okx = FakeOkxServer.start()) {
            // A trading key that OKX says can only read: the check fails, but it cannot withdraw.
            okx.add(FakeKey.builder().apiKey(API_KEY).secretKey(SECRET_KEY).passphrase(PASSPHRASE)
                    .perm("read_only").ips("127.0.0.1"));
            cli.add("reader", API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", okx.baseUrl());

            Result result = run("reader", "echo started > \"$0\"");

            assertThat(result.exitCode()).as(result.all()).isZero();
            assertThat(result.err()).contains("The check of \"reader\" failed, so the program may not be able to use it.")
                    .doesNotContain("could not learn");
            assertThat(Files.readString(seen)).isEqualTo("started\n");
        }
    }

    @Test
    void theChildInheritsOnlyWhatKeyhavenWasGivenNotItsOwnProcessEnvironment() throws Exception {
        try (FakeOkxServer okx = FakeOkxServer.start()) {
            okx.add(FakeKey.builder().apiKey(API_KEY).secretKey(SECRET_KEY).passphrase(PASSPHRASE)
                    .perm("read_only,trade").ips("127.0.0.1"));
            cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", okx.baseUrl());
            assertThat(System.getenv("HOME")).as("this JVM's own environment has HOME").isNotNull();

            Result result = run("bot", "printf '%s\\n' \"${HOME-unset}\" \"$OKX_FLAG\" > \"$0\"");

            assertThat(result.exitCode()).as(result.all()).isZero();
            assertThat(Files.readAllLines(seen)).containsExactly("unset", "0");
        }
    }

    @Test
    void aProgramThatIsNotExecutableIsNamedAsSuch() throws Exception {
        try (FakeOkxServer okx = FakeOkxServer.start()) {
            okx.add(FakeKey.builder().apiKey(API_KEY).secretKey(SECRET_KEY).passphrase(PASSPHRASE)
                    .perm("read_only,trade").ips("127.0.0.1"));
            cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", okx.baseUrl());
            Path notExecutable = Files.writeString(folder.resolve("bot.sh"), "echo hi\n");

            Result result = gate("bot", "--", notExecutable.toString());

            assertThat(result.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
            assertThat(result.err()).contains("Could not start \"" + notExecutable + "\": permission denied: "
                    + notExecutable + " is not executable").contains("chmod +x");
        }
    }

    @Test
    void aProgramTheSystemRefusesForAnotherReasonIsNamedWithoutDetails() throws Exception {
        try (FakeOkxServer okx = FakeOkxServer.start()) {
            okx.add(FakeKey.builder().apiKey(API_KEY).secretKey(SECRET_KEY).passphrase(PASSPHRASE)
                    .perm("read_only,trade").ips("127.0.0.1"));
            cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", okx.baseUrl());

            Result result = gate("bot", "--", "/" + "x".repeat(5000));

            assertThat(result.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
            assertThat(result.err()).contains(": the system refused (IOException).");
        }
    }

    @Test
    void interruptingKeyhavenStopsTheProgramItStarted() throws Exception {
        try (FakeOkxServer okx = FakeOkxServer.start()) {
            okx.add(FakeKey.builder().apiKey(API_KEY).secretKey(SECRET_KEY).passphrase(PASSPHRASE)
                    .perm("read_only,trade").ips("127.0.0.1"));
            cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", okx.baseUrl());
            java.util.concurrent.atomic.AtomicReference<Result> outcome = new java.util.concurrent.atomic.AtomicReference<>();
            java.util.concurrent.atomic.AtomicBoolean stillInterrupted = new java.util.concurrent.atomic.AtomicBoolean();
            Thread keyhaven = new Thread(() -> {
                outcome.set(run("bot", "echo $$ > \"$0\"; exec sleep 60"));
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            });
            keyhaven.start();
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
            while ((!Files.exists(seen) || Files.readString(seen).isBlank()) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            long pid = Long.parseLong(Files.readString(seen).strip());

            keyhaven.interrupt();
            keyhaven.join(30_000);

            assertThat(outcome.get().exitCode()).isEqualTo(KeyhavenCli.EXIT_INTERNAL);
            assertThat(outcome.get().err()).contains("Keyhaven was interrupted while sh was running");
            assertThat(stillInterrupted).as("the interrupt is kept for the caller").isTrue();
            java.util.Optional<ProcessHandle> child = ProcessHandle.of(pid);
            if (child.isPresent()) {
                child.get().onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            }
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
        }
    }
    @Test
    void withTheGatewayTheProgramGetsSessionCredentialsAndItsExitCodeComesBack() throws Exception {
        try (FakeOkxServer okx = FakeOkxServer.start()) {
            okx.add(FakeKey.builder().apiKey(API_KEY).secretKey(SECRET_KEY).passphrase(PASSPHRASE)
                    .perm("read_only,trade").ips("127.0.0.1"));
            cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", okx.baseUrl());

            Result result = gate("--gateway", "bot", "--", "sh", "-c",
                    "printf '%s\\n' \"$OKX_API_KEY\" \"$OKX_BASE_URL\" > \"$0\"; exit 7", seen.toString());

            assertThat(result.exitCode()).as(result.all()).isEqualTo(7);
            List<String> lines = Files.readAllLines(seen);
            assertThat(lines.get(0)).isNotEqualTo(API_KEY).matches("[0-9a-f-]{36}");
            assertThat(lines.get(1)).isNotEqualTo(okx.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+");
            assertThat(result.err()).contains("Keyhaven's gateway for \"bot\" listens on " + lines.get(1));
        }
    }

    /**
     * Keyhaven's stderr may be buffered (a pipe, a log file): "Checking..." must be out before the check waits
     * for OKX, not after. Here the only thing at the key's address is a socket that notes what stderr showed
     * when the check connected, then hangs up.
     */
    @Test
    void theCheckBeforeAHandOutIsAnnouncedBeforeOkxIsAsked() throws Exception {
        try (ServerSocket okx = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            cli.add("fresh", API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", "http://127.0.0.1:" + okx.getLocalPort());
            StringWriter shown = new StringWriter();
            AtomicReference<String> shownAtConnect = new AtomicReference<>();
            Thread listener = new Thread(() -> {
                try {
                    while (true) {
                        try (Socket connection = okx.accept()) {
                            synchronized (shown) {
                                shownAtConnect.compareAndSet(null, shown.toString());
                            }
                        }
                    }
                } catch (IOException closed) {
                    // The test is over.
                }
            });
            listener.start();
            cli.environment().remove(MasterPasswordReader.PASSWORD_VARIABLE);
            CliContext context = CliContext.builder().environment(cli.environment())
                    .standardInput(new ByteArrayInputStream((CliHarness.PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)))
                    .terminal(Terminal.NONE).vaultOptions(VaultOptions.forTests()).build();
            Writer visibleOnFlush = new Writer() {
                private final StringBuilder pending = new StringBuilder();

                @Override
                public void write(char[] text, int offset, int length) {
                    pending.append(text, offset, length);
                }

                @Override
                public void flush() {
                    synchronized (shown) {
                        shown.append(pending);
                    }
                    pending.setLength(0);
                }

                @Override
                public void close() {
                    flush();
                }
            };

            int exitCode = KeyhavenCli.run(context, new PrintWriter(new StringWriter()), new PrintWriter(visibleOnFlush),
                    "run", "--password-stdin", "fresh", "--", "sh", "-c", "echo started > \"$0\"", seen.toString());
            okx.close();
            listener.join(60_000);

            assertThat(exitCode).as(shown.toString()).isEqualTo(KeyhavenCli.EXIT_NOT_CHECKED);
            assertThat(shownAtConnect.get()).isEqualTo("Checking \"fresh\" before handing it out..." + System.lineSeparator());
            assertThat(Files.exists(seen)).isFalse();
        }
    }
}
