package dev.keyhaven.gateway;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

/**
 * A second Keyhaven process that records a gateway run of a key, as {@code keyhaven run --gateway} does:
 * it reads the master password from its input, opens the vault shared, writes the run's start, prints
 * "started", and writes the run's stop when its input closes. Killing it leaves a start without a stop.
 */
public final class GatewayRunChild implements AutoCloseable {

    private final Process process;
    private final Path errors;

    private GatewayRunChild(Process process, Path errors) {
        this.process = process;
        this.errors = errors;
    }

    public static void main(String[] args) throws Exception {
        BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (Secret password = Secret.ofString(input.readLine());
                Vault vault = Vault.openShared(Path.of(args[0]), password, VaultOptions.forTests())) {
            long id = vault.keyByLabel(args[1]).orElseThrow().id();
            try (UsageHistory run = new UsageHistory(vault, id, "bot.py", new UsageLedger(), Clock.systemUTC(),
                    System.err::println)) {
                run.start("Refused: withdrawals.");
                System.out.println("started");
                System.out.flush();
                while (input.readLine() != null) {
                    // Runs until the test closes its input.
                }
            }
        }
    }

    /** Starts the child and returns once it has written the run's start. */
    public static GatewayRunChild start(Path vault, String password, String label, Path folder) throws IOException {
        Path errors = Files.createTempFile(folder, "gateway-child", ".err");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // C1 only and the serial collector: the child writes one record and waits, half the CPU of a default JVM.
        Process process = new ProcessBuilder(java.toString(), "-Xmx128m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"), GatewayRunChild.class.getName(),
                vault.toString(), label).redirectError(errors.toFile()).start();
        GatewayRunChild child = new GatewayRunChild(process, errors);
        OutputStream in = process.getOutputStream();
        in.write((password + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
        String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        if (!"started".equals(line)) {
            child.kill();
            throw new IllegalStateException("the gateway child did not start: " + line + " / "
                    + Files.readString(errors));
        }
        return child;
    }

    public long pid() {
        return process.pid();
    }

    /** As by {@code kill -9}: no stop record is written. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ends the run cleanly: the child writes its stop record and exits. */
    public void stop() throws Exception {
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("the gateway child did not stop cleanly: " + Files.readString(errors));
        }
    }

    @Override
    public void close() {
        kill();
    }
}
