package dev.keyhaven.cli;

import dev.keyhaven.vault.VaultOptions;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs command lines in this JVM against a real vault file in a temporary folder, with the cheap vault
 * settings only tests may use, an environment of the test's choosing and scripted input.
 */
final class CliHarness {

    static final String PASSWORD = "correct horse battery staple 42!";

    private final Path vault;
    private final Map<String, String> environment = new HashMap<>();
    private final List<String> allOutput = new ArrayList<>();

    private final VaultOptions options;
    private MemoryGuard memoryGuard = MemoryGuard.OF_THIS_PROCESS;
    private ZoneId zone = ZoneId.systemDefault();

    CliHarness(Path folder) {
        this(folder, VaultOptions.forTests());
    }

    /** With other (still cheap) vault settings, a generation memory say. */
    CliHarness(Path folder, VaultOptions options) {
        this.options = options;
        this.vault = folder.resolve("test.keyhaven");
        environment.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        environment.put("KEYHAVEN_VAULT", vault.toString());
        environment.put(MasterPasswordReader.PASSWORD_VARIABLE, PASSWORD);
    }

    Path vault() {
        return vault;
    }

    /** Opens the vault directly, to look at what a command stored; the caller closes it. */
    dev.keyhaven.vault.Vault openVault() throws dev.keyhaven.vault.VaultException {
        return dev.keyhaven.vault.Vault.open(vault, dev.keyhaven.secret.Secret.ofString(PASSWORD), VaultOptions.forTests());
    }

    /** Commands from now on tell times in this zone instead of this computer's. */
    CliHarness zone(ZoneId newZone) {
        this.zone = newZone;
        return this;
    }

    /** Commands from now on see this guard instead of the real one. */
    CliHarness memoryGuard(MemoryGuard guard) {
        this.memoryGuard = guard;
        return this;
    }

    Map<String, String> environment() {
        return environment;
    }

    /** Runs without a terminal and with empty standard input. */
    Result run(String... args) {
        return run(Terminal.NONE, "", args);
    }

    Result withStdin(String standardInput, String... args) {
        return run(Terminal.NONE, standardInput, args);
    }

    Result withTerminal(Terminal terminal, String... args) {
        return run(terminal, "", args);
    }

    Result run(Terminal terminal, String standardInput, String... args) {
        CliContext context = CliContext.builder()
                .environment(environment)
                .standardInput(new ByteArrayInputStream(standardInput.getBytes(StandardCharsets.UTF_8)))
                .terminal(terminal)
                .vaultOptions(options)
                .defaultVault(() -> vault.resolveSibling("default-vault.keyhaven"))
                .memoryGuard(memoryGuard)
                .zone(zone)
                .build();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = KeyhavenCli.run(context, new PrintWriter(out, true), new PrintWriter(err, true), args);
        allOutput.add(out.toString());
        allOutput.add(err.toString());
        if (terminal instanceof ScriptedTerminal scripted) {
            allOutput.add(scripted.transcript());
        }
        return new Result(exitCode, out.toString(), err.toString());
    }

    /** Everything any command printed so far, on stdout, stderr or the terminal. */
    String everythingPrinted() {
        return String.join("\n", allOutput);
    }

    /** Creates the vault with {@link #PASSWORD}. */
    CliHarness initialised() {
        Result result = run("init");
        if (result.exitCode() != 0) {
            throw new AssertionError("init failed: " + result);
        }
        return this;
    }

    /** Adds a key through standard input, as a script would. */
    Result add(String label, String apiKey, String secretKey, String passphrase, String... options) {
        List<String> args = new ArrayList<>(List.of("add", "--label", label));
        args.addAll(List.of(options));
        return withStdin(apiKey + "\n" + secretKey + "\n" + passphrase + "\n", args.toArray(String[]::new));
    }

    record Result(int exitCode, String out, String err) {
        String all() {
            return out + err;
        }
    }
}
