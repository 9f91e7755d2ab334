package dev.keyhaven.cli;

import static dev.keyhaven.cli.FakeCredentials.API_KEY;
import static dev.keyhaven.cli.FakeCredentials.PASSPHRASE;
import static dev.keyhaven.cli.FakeCredentials.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.keyhaven.cli.CliHarness.Result;
import dev.keyhaven.okx.Permissions;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * run on Windows with the bots Windows users have: a .cmd or .bat file (named with or without its
 * extension) and python. The bot writes its whole environment ({@code set}) and its arguments to a file.
 */
@EnabledOnOs(value = OS.WINDOWS, disabledReason = ".cmd, .bat and cmd.exe exist on Windows only; "
        + "WindowsCommandLineTest checks the command line on every system and RunCommandTest starts sh bots elsewhere")
class WindowsRunCommandTest {

    /** Arguments cmd.exe would otherwise take as commands, pipes, redirections or variables. */
    private static final List<String> TRICKY = List.of("a b & echo INJECTED", "x|y", "<in>", "100%", "%PATH%", "(1)^2");

    /** Writes `set` (every variable) and its arguments 2..7 as ARG_n=value lines to the file named first. */
    private static final String PRINT_ENVIRONMENT = String.join("\r\n",
            "@echo off",
            "set \"ARG_2=%~2\"",
            "set \"ARG_3=%~3\"",
            "set \"ARG_4=%~4\"",
            "set \"ARG_5=%~5\"",
            "set \"ARG_6=%~6\"",
            "set \"ARG_7=%~7\"",
            "set > \"%~1\"",
            "exit /b 7",
            "");

    @TempDir
    Path folder;

    private CliHarness cli;
    private Path seen;

    @BeforeEach
    void vaultWithACheckedKey() throws Exception {
        cli = new CliHarness(folder).initialised();
        for (String variable : List.of("SystemRoot", "ComSpec", "PATHEXT", "TEMP", "TMP", "windir")) {
            String value = System.getenv(variable);
            if (value != null) {
                cli.environment().put(variable, value);
            }
        }
        cli.environment().put("SOMETHING_ELSE", "kept");
        cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE, "--env", "demo", "--region", "us");
        try (Secret password = Secret.ofString(CliHarness.PASSWORD);
                Vault vault = Vault.open(cli.vault(), password, VaultOptions.forTests())) {
            KeyRecord key = vault.keyByLabel("bot").orElseThrow();
            vault.recordHistory(key.id(), new HistoryEntry(Instant.now(), HistoryEntry.Kind.CHECK,
                    HistoryEntry.Outcome.OK, "Checked.", true, new Permissions(true, true, false), List.of(), "1234",
                    List.of(), null));
        }
        seen = folder.resolve("seen by the bot.txt");
    }

    @AfterEach
    void nothingSecretWasPrinted() {
        assertThat(cli.everythingPrinted()).doesNotContain(API_KEY).doesNotContain(SECRET_KEY)
                .doesNotContain(PASSPHRASE).doesNotContain(CliHarness.PASSWORD).doesNotContain("INJECTED");
    }

    private Map<String, String> seenVariables() throws Exception {
        Map<String, String> variables = new HashMap<>();
        for (String line : Files.readAllLines(seen, StandardCharsets.ISO_8859_1)) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                variables.put(line.substring(0, equals).toUpperCase(java.util.Locale.ROOT), line.substring(equals + 1));
            }
        }
        return variables;
    }

    private void assertTheBotGotTheKeyAndTheArguments() throws Exception {
        Map<String, String> variables = seenVariables();
        assertThat(variables).containsEntry("OKX_API_KEY", API_KEY).containsEntry("OKX_SECRET_KEY", SECRET_KEY)
                .containsEntry("OKX_PASSPHRASE", PASSPHRASE).containsEntry("OKX_FLAG", "1")
                .containsEntry("OKX_BASE_URL", "https://us.okx.com").containsEntry("SOMETHING_ELSE", "kept")
                .doesNotContainKeys("KEYHAVEN_PASSWORD", "KEYHAVEN_NEW_PASSWORD", "KEYHAVEN_PASSWORD_FILE");
        for (int i = 0; i < TRICKY.size(); i++) {
            assertThat(variables).containsEntry("ARG_" + (i + 2), TRICKY.get(i));
        }
    }

    private Result run(String program) {
        List<String> args = new java.util.ArrayList<>(List.of("run", "bot", "--", program, seen.toString()));
        args.addAll(TRICKY);
        return cli.run(args.toArray(String[]::new));
    }

    @Test
    void aCmdFileInAFolderWithSpacesGetsTheKeyAndItsArgumentsAsText() throws Exception {
        Path script = Files.writeString(Files.createDirectories(folder.resolve("my bots")).resolve("grid bot.cmd"),
                PRINT_ENVIRONMENT);

        Result result = run(script.toString());

        assertThat(result.exitCode()).as(result.all()).isEqualTo(7);
        assertTheBotGotTheKeyAndTheArguments();
    }

    @Test
    void aBatFileOnThePathIsFoundWithoutItsExtension() throws Exception {
        Path bin = Files.createDirectories(folder.resolve("bin"));
        Files.writeString(bin.resolve("start-bot.bat"), PRINT_ENVIRONMENT);
        cli.environment().put("PATH", bin + ";" + cli.environment().get("PATH"));

        Result result = run("start-bot");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(7);
        assertTheBotGotTheKeyAndTheArguments();
        assertThat(cli.run("show", "bot").out()).contains("Handed to start-bot.");
    }

    @Test
    void pythonGetsTheKeyAndItsExitCodeComesBack() throws Exception {
        assumeTrue(pythonRuns(), "python is not on the PATH of this Windows machine");
        String program = "import os, sys\n"
                + "open(sys.argv[1], 'w').write('\\n'.join([os.environ['OKX_API_KEY'], os.environ['OKX_SECRET_KEY'],"
                + " os.environ['OKX_PASSPHRASE'], os.environ.get('KEYHAVEN_PASSWORD', 'unset'), sys.argv[2]]))\n"
                + "sys.exit(5)\n";
        Path bot = Files.writeString(folder.resolve("bot.py"), program);

        Result result = cli.run("run", "bot", "--", "python", bot.toString(), seen.toString(), "a b & c");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(5);
        assertThat(Files.readAllLines(seen)).containsExactly(API_KEY, SECRET_KEY, PASSPHRASE, "unset", "a b & c");
    }

    @Test
    void aPythonFileNamedAloneIsASentenceAboutNamingItsProgram() throws Exception {
        Path bot = Files.writeString(folder.resolve("bot.py"), "print('hi')\n");

        Result result = cli.run("run", "bot", "--", bot.toString());

        assertThat(result.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(result.err()).contains("Could not start \"" + bot + "\"").contains("name its program first (python ");
    }

    private static boolean pythonRuns() {
        try {
            Process python = new ProcessBuilder("python", "--version").redirectErrorStream(true).start();
            python.getInputStream().readAllBytes();
            return python.waitFor(30, TimeUnit.SECONDS) && python.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
