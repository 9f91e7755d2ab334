package dev.keyhaven.cli;

import static dev.keyhaven.cli.FakeCredentials.API_KEY;
import static dev.keyhaven.cli.FakeCredentials.PASSPHRASE;
import static dev.keyhaven.cli.FakeCredentials.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.cli.CliHarness.Result;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.OkxClient;
import dev.keyhaven.okx.Permissions;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** run: a real child process that writes the environment it received to a file. */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the bots here are POSIX sh scripts; WindowsRunCommandTest "
        + "starts .cmd, .bat and python bots on Windows")
class RunCommandTest {

    /** Writes each variable on its own line into the file named by its first argument, then exits 7. */
    private static final String PRINT_ENVIRONMENT = "printf '%s\\n' \"$OKX_API_KEY\" \"$OKX_SECRET_KEY\" "
            + "\"$OKX_PASSPHRASE\" \"$OKX_FLAG\" \"$OKX_BASE_URL\" \"${KEYHAVEN_PASSWORD-unset}\" "
            + "\"${KEYHAVEN_NEW_PASSWORD-unset}\" \"${KEYHAVEN_PASSWORD_FILE-unset}\" \"$SOMETHING_ELSE\" > \"$0\"; exit 7";

    @TempDir
    Path folder;

    private CliHarness cli;
    private Path seen;

    @BeforeEach
    void createVaultWithAKey() {
        cli = new CliHarness(folder).initialised();
        cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE, "--env", "demo", "--region", "us");
        seen = folder.resolve("seen.txt");
    }

    @AfterEach
    void nothingSecretWasPrinted() {
        assertThat(cli.everythingPrinted()).doesNotContain(API_KEY).doesNotContain(SECRET_KEY)
                .doesNotContain(PASSPHRASE).doesNotContain(CliHarness.PASSWORD);
    }

    private Result runBot(String... extraOptions) {
        String[] args = new String[extraOptions.length + 8];
        args[0] = "run";
        args[1] = "--password-env-ok";
        System.arraycopy(extraOptions, 0, args, 2, extraOptions.length);
        String[] rest = {"bot", "--", "sh", "-c", PRINT_ENVIRONMENT, seen.toString()};
        System.arraycopy(rest, 0, args, 2 + extraOptions.length, rest.length);
        return cli.run(args);
    }

    @Test
    void theChildGetsTheKeyInItsEnvironmentButNotTheMasterPassword() throws Exception {
        recordCheck(new Permissions(true, true, false), HistoryEntry.Outcome.OK);
        cli.environment().put("SOMETHING_ELSE", "kept");
        cli.environment().put(MasterPasswordReader.NEW_PASSWORD_VARIABLE, "new password");
        cli.environment().put(MasterPasswordReader.PASSWORD_FILE_VARIABLE, "/nowhere/password.txt");

        Result result = runBot();

        assertThat(result.exitCode()).isEqualTo(7);
        assertThat(Files.readAllLines(seen)).containsExactly(API_KEY, SECRET_KEY, PASSPHRASE, "1",
                "https://us.okx.com", "unset", "unset", "unset", "kept");
    }

    @Test
    void aPasswordInTheEnvironmentIsRefusedBeforeAnythingStarts() throws Exception {
        recordCheck(new Permissions(true, true, false), HistoryEntry.Outcome.OK);

        Result refused = cli.run("run", "bot", "--", "sh", "-c", PRINT_ENVIRONMENT, seen.toString());

        assertThat(refused.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(refused.err()).contains("KEYHAVEN_PASSWORD is set, and 'run' refuses it")
                .contains("could read the master password").contains("--password-stdin").contains("--password-env-ok")
                .contains("Nothing was started");
        assertThat(Files.exists(seen)).as("the program never ran").isFalse();
        assertThat(cli.run("show", "bot").out()).doesNotContain("Handed to");
    }

    @Test
    void aPasswordFileInTheEnvironmentIsRefusedToo() throws Exception {
        cli.environment().remove(MasterPasswordReader.PASSWORD_VARIABLE);
        cli.environment().put(MasterPasswordReader.PASSWORD_FILE_VARIABLE, folder.resolve("password.txt").toString());

        Result refused = cli.withStdin(CliHarness.PASSWORD + "\n", "run", "--password-stdin", "bot", "--", "sh", "-c",
                PRINT_ENVIRONMENT, seen.toString());

        assertThat(refused.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(refused.err()).contains("KEYHAVEN_PASSWORD_FILE is set").contains("the password file's path");
        assertThat(Files.exists(seen)).isFalse();
    }

    @Test
    void thePasswordComesFromTheFirstLineOfStandardInput() throws Exception {
        recordCheck(new Permissions(true, true, false), HistoryEntry.Outcome.OK);
        cli.environment().remove(MasterPasswordReader.PASSWORD_VARIABLE);

        Result result = cli.withStdin(CliHarness.PASSWORD + "\nfor the bot\n", "run", "--password-stdin", "bot", "--",
                "sh", "-c", PRINT_ENVIRONMENT, seen.toString());

        assertThat(result.exitCode()).as(result.all()).isEqualTo(7);
        assertThat(Files.readAllLines(seen).get(0)).isEqualTo(API_KEY);
        Result wrong = cli.withStdin("not the password\n", "run", "--password-stdin", "bot", "--", "true");
        assertThat(wrong.exitCode()).isEqualTo(KeyhavenCli.EXIT_VAULT);
    }

    @Test
    void everyWordFromTheProgramsNameOnIsTheBotsEvenWithoutDashes() throws Exception {
        recordCheck(new Permissions(true, true, false), HistoryEntry.Outcome.OK);
        String printArguments = "printf '%s\\n' \"$@\" > \"$0\"";

        Result withoutDashes = cli.run("run", "--password-env-ok", "bot", "sh", "-c", printArguments, seen.toString(),
                "--flag", "--symbol=BTC-USDT", "-v", "--", "--gateway");

        assertThat(withoutDashes.exitCode()).as(withoutDashes.all()).isZero();
        assertThat(Files.readAllLines(seen)).containsExactly("--flag", "--symbol=BTC-USDT", "-v", "--", "--gateway");

        Result withDashes = cli.run("run", "--password-env-ok", "bot", "--gateway", "--", "sh", "-c", printArguments,
                seen.toString(), "--flag");

        assertThat(withDashes.exitCode()).as(withDashes.all()).isZero();
        assertThat(withDashes.err()).as("--gateway before the program is run's own").contains("gateway");
        assertThat(Files.readAllLines(seen)).containsExactly("--flag");
    }

    @Test
    void theFirstLineIsReadWithoutTakingAByteMore() throws Exception {
        java.io.ByteArrayInputStream input = new java.io.ByteArrayInputStream(
                "pass word\r\nthe bot's own input\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (Secret password = MasterPasswordSource.firstLine(input)) {
            assertThat(password.reveal()).isEqualTo("pass word");
        }
        assertThat(new String(input.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("the bot's own input\n");
    }

    @Test
    void theHandOutIsRecordedInTheKeysHistory() throws Exception {
        recordCheck(new Permissions(true, true, false), HistoryEntry.Outcome.OK);
        runBot();

        Result show = cli.run("show", "bot");
        assertThat(show.out()).contains("handout").contains("Handed to sh.");
        assertThat(show.out()).doesNotContain("Handed out:   never");
    }

    @Test
    void aBotStartsWhileTheAppHoldsTheVaultAndTheAppSeesTheHandOut() throws Exception {
        recordCheck(new Permissions(true, true, false), HistoryEntry.Outcome.OK);
        try (Vault app = cli.openVault()) {
            Result result = runBot();

            assertThat(result.exitCode()).as(result.err()).isEqualTo(7);
            assertThat(Files.readAllLines(seen)).startsWith(API_KEY, SECRET_KEY, PASSPHRASE);
            long id = app.keyByLabel("bot").orElseThrow().id();
            assertThat(app.history(id)).extracting(HistoryEntry::summary).contains("Handed to sh.");
        }
    }

    @Test
    void aKeyNeverCheckedIsCheckedFirstAndRefusedWhenOkxReportsWithdraw() {
        try (FakeOkxServer okx = FakeOkxServer.start()) {
            okx.add(FakeKey.builder().apiKey(API_KEY).secretKey(SECRET_KEY).passphrase(PASSPHRASE)
                    .perm("read_only,trade,withdraw").ips("127.0.0.1"));
            cli.add("fresh", API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", okx.baseUrl());

            Result refused = cli.run("run", "--password-env-ok", "fresh", "--", "sh", "-c", PRINT_ENVIRONMENT, seen.toString());

            assertThat(refused.exitCode()).isEqualTo(KeyhavenCli.EXIT_CAN_WITHDRAW);
            assertThat(refused.err()).contains("Checking \"fresh\" before handing it out...")
                    .contains("was not handed out").contains("WITHDRAW");
            assertThat(Files.exists(seen)).isFalse();
            assertThat(cli.run("list").out()).contains("Can withdraw!");
        }
    }

    @Test
    void aKeyNeverCheckedThatOkxRefusesIsNotHandedOutWithTheCodeOfARefusedKey() {
        try (FakeOkxServer okx = FakeOkxServer.start()) {
            cli.add("unknown", API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", okx.baseUrl());

            Result refused = cli.run("run", "--password-env-ok", "unknown", "--", "sh", "-c", PRINT_ENVIRONMENT,
                    seen.toString());

            assertThat(refused.exitCode()).as(refused.all()).isEqualTo(KeyhavenCli.EXIT_PROBLEM);
            assertThat(refused.err()).contains("was not handed out");
            assertThat(Files.exists(seen)).isFalse();
        }
    }

    @Test
    void aKeyNeverCheckedIsCheckedFirstAndHandedOutWhenOkxSaysItCannotWithdraw() {
        try (FakeOkxServer okx = FakeOkxServer.start()) {
            okx.add(FakeKey.builder().apiKey(API_KEY).secretKey(SECRET_KEY).passphrase(PASSPHRASE)
                    .perm("read_only,trade").ips("127.0.0.1"));
            cli.add("fresh", API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", okx.baseUrl());

            Result result = cli.run("run", "--password-env-ok", "fresh", "--", "sh", "-c", PRINT_ENVIRONMENT, seen.toString());

            assertThat(result.exitCode()).isEqualTo(7);
            assertThat(result.err()).contains("Checking \"fresh\"").doesNotContain("Warning");
            assertThat(okx.requestCount(OkxClient.ACCOUNT_CONFIG_PATH)).isEqualTo(1);
        }
    }

    @Test
    void aKeyWhosePermissionsCannotBeLearnedIsNotHandedOutUnlessWithdrawIsAllowed() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        cli.add("offline", API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", "http://127.0.0.1:" + closedPort);

        Result refused = cli.run("run", "--password-env-ok", "offline", "--", "sh", "-c", PRINT_ENVIRONMENT, seen.toString());

        assertThat(refused.exitCode()).isEqualTo(KeyhavenCli.EXIT_NOT_CHECKED);
        assertThat(refused.err()).contains("Checking \"offline\" before handing it out...")
                .contains("\"offline\" was not handed out: Keyhaven could not learn from OKX what it may do (")
                .contains("so it cannot tell whether the key can withdraw.")
                .contains("Run 'keyhaven check offline' to see what stood in the way, then try again");
        assertThat(Files.exists(seen)).as("the program never ran").isFalse();
        assertThat(cli.run("show", "offline").out()).doesNotContain("Handed to");

        Result allowed = cli.run("run", "--password-env-ok", "--allow-withdraw", "offline", "--", "sh", "-c",
                PRINT_ENVIRONMENT, seen.toString());

        assertThat(allowed.exitCode()).as(allowed.all()).isEqualTo(7);
        assertThat(allowed.err()).contains("Warning: Keyhaven could not learn whether \"offline\" can withdraw; it is "
                + "handed out anyway (--allow-withdraw).").doesNotContain("was not handed out");
        assertThat(Files.readAllLines(seen).get(0)).isEqualTo(API_KEY);
    }

    @Test
    void withdrawSeenEarlierStillRefusesAfterACheckThatCouldNotReachOkx() throws Exception {
        recordCheck(new Permissions(true, true, true), HistoryEntry.Outcome.FAILED, Instant.now().minusSeconds(60));
        recordCheck(null, HistoryEntry.Outcome.FAILED, Instant.now());

        Result refused = runBot();

        assertThat(refused.exitCode()).isEqualTo(KeyhavenCli.EXIT_CAN_WITHDRAW);
        assertThat(refused.err()).contains("was not handed out").contains("WITHDRAW")
                .contains("later checks could not reach OKX");
        assertThat(Files.exists(seen)).isFalse();
        Result list = cli.run("list", "--json");
        assertThat(list.out()).contains("\"status\" : \"withdraw-enabled\"");
        assertThat(cli.run("show", "bot").out()).contains("WITHDRAW (as of ");
    }

    @Test
    void aKeyWhoseLastCheckSawWithdrawIsRefused() throws Exception {
        recordCheck(new Permissions(true, true, true), HistoryEntry.Outcome.FAILED);

        Result refused = runBot();

        assertThat(refused.exitCode()).isEqualTo(KeyhavenCli.EXIT_CAN_WITHDRAW);
        assertThat(refused.err()).contains("WITHDRAW").contains("was not handed out");
        assertThat(Files.exists(seen)).isFalse();

        Result allowed = runBot("--allow-withdraw");
        assertThat(allowed.exitCode()).isEqualTo(7);
        assertThat(allowed.err()).contains("WITHDRAW");
        assertThat(Files.exists(seen)).isTrue();
    }

    @Test
    void aKeyWhoseLastCheckFailedIsHandedOutWithAWarning() throws Exception {
        recordCheck(new Permissions(true, true, false), HistoryEntry.Outcome.FAILED);

        Result result = runBot();

        assertThat(result.exitCode()).isEqualTo(7);
        assertThat(result.err()).contains("last check of \"bot\" failed");
    }

    @Test
    void aCleanCheckMeansNoWarning() throws Exception {
        recordCheck(new Permissions(true, true, false), HistoryEntry.Outcome.OK);

        Result result = runBot();

        assertThat(result.exitCode()).isEqualTo(7);
        assertThat(result.err()).isEmpty();
    }

    @Test
    void anAtSignArgumentReachesTheProgramAsWritten() throws Exception {
        recordCheck(new Permissions(true, true, false), HistoryEntry.Outcome.OK);
        Path arguments = folder.resolve("args.txt");
        Files.writeString(arguments, "expanded-by-picocli\n");

        Result result = cli.run("run", "--password-env-ok", "bot", "--", "sh", "-c", "printf '%s\\n' \"$1\" > \"$0\"", seen.toString(),
                "@" + arguments);

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(Files.readAllLines(seen)).containsExactly("@" + arguments);
    }

    @Test
    void aProgramThatCannotStartIsBadInputAndNoHandOut() throws Exception {
        recordCheck(new Permissions(true, true, false), HistoryEntry.Outcome.OK);
        Result result = cli.run("run", "--password-env-ok", "bot", "--", "no-such-program-keyhaven");

        assertThat(result.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(result.err()).contains("Could not start \"no-such-program-keyhaven\"")
                .contains("there is no program of that name in the folders of PATH").contains("give its full path");
        assertThat(cli.run("show", "bot").out()).doesNotContain("Handed to");
    }

    @Test
    void aMissingProgramGivenAsAPathIsNamedAsTypedAndNotLookedUpOnPath() throws Exception {
        recordCheck(new Permissions(true, true, false), HistoryEntry.Outcome.OK);
        Result result = cli.run("run", "--password-env-ok", "bot", "--", "./bots/grid-bot.py", "--live");

        assertThat(result.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(result.err()).contains("Could not start \"./bots/grid-bot.py\"")
                .contains("there is no file at " + Path.of("bots/grid-bot.py").toAbsolutePath())
                .contains("not looked up on PATH");
    }

    @Test
    void aScriptWhoseInterpreterIsMissingSaysTheFileIsThere() throws Exception {
        recordCheck(new Permissions(true, true, false), HistoryEntry.Outcome.OK);
        Path bot = Files.writeString(folder.resolve("bot.py"), "#!/no/such/python9\nprint('hi')\n");
        bot.toFile().setExecutable(true);

        Result result = cli.run("run", "--password-env-ok", "bot", "--", bot.toString());

        assertThat(result.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(result.err()).contains("the file " + bot + " is there, but the program its first line names");
    }

    @Test
    void aMissingLabelOrCommandIsBadUsage() {
        assertThat(cli.run("run", "--password-env-ok", "nobody", "--", "true").exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        Result noCommand = cli.run("run", "--password-env-ok", "bot");
        assertThat(noCommand.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(noCommand.err()).contains("COMMAND");
    }

    /** What a check would have stored: written straight through the real vault. */
    private void recordCheck(Permissions permissions, HistoryEntry.Outcome outcome) throws Exception {
        recordCheck(permissions, outcome, Instant.now());
    }

    private void recordCheck(Permissions permissions, HistoryEntry.Outcome outcome, Instant at) throws Exception {
        try (Secret password = Secret.ofString(CliHarness.PASSWORD);
                Vault vault = Vault.open(cli.vault(), password, VaultOptions.forTests())) {
            KeyRecord key = vault.keyByLabel("bot").orElseThrow();
            vault.recordHistory(key.id(), new HistoryEntry(at, HistoryEntry.Kind.CHECK, outcome,
                    "Checked.", permissions != null, permissions, List.of(), "1234", List.of(), null));
        }
    }
}
