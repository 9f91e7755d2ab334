package dev.keyhaven.cli;

import static dev.keyhaven.cli.FakeCredentials.API_KEY;
import static dev.keyhaven.cli.FakeCredentials.PASSPHRASE;
import static dev.keyhaven.cli.FakeCredentials.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyhaven.cli.CliHarness.Result;
import dev.keyhaven.gateway.Ccxt;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.FakeOkxTrading;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.Vault;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run --gateway: a real child process (sh, and a real ccxt bot) talks to OKX only through the gateway. */
class GatewayRunTest {

    private static final String PRINT_ENVIRONMENT = "printf '%s\\n' \"$OKX_API_KEY\" \"$OKX_SECRET_KEY\" "
            + "\"$OKX_PASSPHRASE\" \"$OKX_FLAG\" \"$OKX_BASE_URL\" \"${KEYHAVEN_PASSWORD-unset}\" > \"$0\"; env > \"$1\"";

    @TempDir
    Path folder;

    private CliHarness cli;
    private FakeOkxServer okx;
    private FakeOkxTrading trading;

    @BeforeEach
    void vaultWithAKeyAtTheStandIn() {
        okx = FakeOkxServer.start();
        trading = FakeOkxTrading.install(okx);
        okx.add(FakeKey.builder().apiKey(API_KEY).secretKey(SECRET_KEY).passphrase(PASSPHRASE).perm("read_only,trade")
                .trading("USDT", "1000", "1000"));
        cli = new CliHarness(folder).initialised();
        cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", okx.baseUrl());
    }

    @AfterEach
    void nothingSecretWasPrinted() {
        okx.close();
        assertThat(cli.everythingPrinted()).doesNotContain(API_KEY).doesNotContain(SECRET_KEY)
                .doesNotContain(PASSPHRASE).doesNotContain(CliHarness.PASSWORD);
    }

    @Test
    void theProgramGetsSessionCredentialsAndTheGatewaysAddressNeverTheStoredValues() throws Exception {
        Path seen = folder.resolve("seen.txt");
        Path environment = folder.resolve("env.txt");

        Result result = gatewayRun("bot", "--gateway", "--", "sh", "-c", PRINT_ENVIRONMENT, seen.toString(),
                environment.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> lines = Files.readAllLines(seen);
        assertThat(lines.get(0)).matches("[0-9a-f-]{36}");
        assertThat(lines.get(1)).matches("[0-9A-F]{32}");
        assertThat(lines.get(2)).hasSizeBetween(8, 32);
        assertThat(lines.subList(3, 6)).containsExactly("0", lines.get(4), "unset");
        assertThat(lines.get(4)).matches("http://127\\.0\\.0\\.1:\\d+");
        assertThat(Files.readString(environment)).doesNotContain(API_KEY).doesNotContain(SECRET_KEY)
                .doesNotContain(PASSPHRASE).doesNotContain(CliHarness.PASSWORD);
        assertThat(result.err()).contains("Keyhaven's gateway for \"bot\" listens on " + lines.get(4));
        assertPortClosed(lines.get(4));
    }

    @Test
    void aRealCcxtBotReadsBalancesAndPlacesAnOrderButItsWithdrawalNeverReachesOkx() throws Exception {
        Path module = Ccxt.module();
        Path bot = folder.resolve("ccxt-bot.js");
        try (InputStream script = Objects.requireNonNull(getClass().getResourceAsStream("/dev/keyhaven/gateway/ccxt-bot.js"))) {
            Files.copy(script, bot);
        }
        Path environment = folder.resolve("env.json");
        Path output = folder.resolve("bot-output.txt");
        cli.environment().put("NODE_PATH", module.getParent().toString());

        Result result = gatewayRun("bot", "--gateway", "--", "sh", "-c", "node \"$0\" \"$1\" > \"$2\" 2>&1",
                bot.toString(), environment.toString(), output.toString());

        String printed = Files.readString(output);
        assertThat(result.exitCode()).as(printed + result.err()).isZero();
        assertThat(printed).contains("balance USDT 1000").contains("order 700000001")
                .contains("withdraw refused: ExchangeError").contains("\"code\":\"50030\"")
                .contains("Refused by Keyhaven's gateway policy: bots may not use withdrawals");
        assertThat(okx.requestCount(FakeOkxTrading.WITHDRAWAL)).isZero();
        assertThat(trading.orders()).hasSize(1);
        assertThat(trading.orders().get(0).path("instId").asText()).isEqualTo("BTC-USDT");
        List<FakeOkxServer.RecordedRequest> signed = okx.requests().stream()
                .filter(request -> request.header("OK-ACCESS-SIGN") != null).toList();
        assertThat(signed).extracting(FakeOkxServer.RecordedRequest::path)
                .contains("/api/v5/account/balance", FakeOkxTrading.BATCH_ORDERS);
        assertThat(signed).allSatisfy(request -> assertThat(request.header("OK-ACCESS-KEY")).isEqualTo(API_KEY));

        String environmentText = Files.readString(environment);
        JsonNode variables = new ObjectMapper().readTree(environmentText);
        for (String stored : List.of(API_KEY, SECRET_KEY, PASSPHRASE, CliHarness.PASSWORD)) {
            assertThat(environmentText).doesNotContain(stored);
            assertThat(printed).doesNotContain(stored);
        }
        assertPortClosed(variables.path("OKX_BASE_URL").asText());
        assertThat(result.err()).contains("Keyhaven's gateway stopped: ").contains(" accepted, 1 refused by Keyhaven.");
        assertTheRunIsInTheKeysHistory();
        assertThat(cli.run("show", "bot").out()).containsPattern("Last used: +\\d{4}-");
    }

    @Test
    void theReadmesHandWrittenPythonClientWorksThroughTheGateway() throws Exception {
        Path script = folder.resolve("hand-written-bot.py");
        try (InputStream text = Objects.requireNonNull(getClass().getResourceAsStream(
                "/dev/keyhaven/gateway/hand-written-bot.py"))) {
            Files.copy(text, script);
        }
        assertThat(Files.readString(Path.of("README.md"))).as("the README shows this script as it is")
                .contains(Files.readString(script));
        Path output = folder.resolve("out.txt");

        Result result = gatewayRun("bot", "--gateway", "--", "sh", "-c", "python3 \"$0\" > \"$1\" 2>&1",
                script.toString(), output.toString());

        assertThat(result.exitCode()).as(Files.readString(output)).isZero();
        assertThat(Files.readString(output)).startsWith("{\"code\":\"0\"").contains("\"totalEq\":\"1000\"");
    }

    @Test
    void aKeyForReadingOnlyPlacesNoOrderThroughTheGateway() throws Exception {
        cli.add("journal", FakeCredentials.OTHER_API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", okx.baseUrl(),
                "--purpose", "read-only");
        okx.add(FakeKey.builder().apiKey(FakeCredentials.OTHER_API_KEY).secretKey(SECRET_KEY).passphrase(PASSPHRASE)
                .perm("read_only,trade"));

        String refused = runOrderBot("journal");
        String placed = runOrderBot("bot");

        assertThat(refused).startsWith("403").contains("\"code\":\"50120\"").contains("reading only");
        assertThat(placed).contains("\"sCode\":\"0\"");
        assertThat(trading.orders()).hasSize(1);
        assertThat(okx.requests()).filteredOn(request -> request.path().equals(FakeOkxTrading.ORDER))
                .singleElement().satisfies(request -> assertThat(request.header("OK-ACCESS-KEY")).isEqualTo(API_KEY));
    }

    private String runOrderBot(String label) throws IOException {
        Path script = folder.resolve("order-bot.py");
        if (!Files.exists(script)) {
            try (InputStream text = Objects.requireNonNull(getClass().getResourceAsStream(
                    "/dev/keyhaven/gateway/order-bot.py"))) {
                Files.copy(text, script);
            }
        }
        Path output = folder.resolve(label + "-order.txt");
        Result result = gatewayRun(label, "--gateway", "--", "sh", "-c", "python3 \"$0\" > \"$1\" 2>&1",
                script.toString(), output.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        return Files.readString(output);
    }

    @Test
    void aGatewayRunsWhileTheAppHoldsTheVaultAndTheAppSeesItsHistory() throws Exception {
        try (Vault app = cli.openVault()) {
            Result result = gatewayRun("bot", "--gateway", "--", "sh", "-c", "exit 5");

            assertThat(result.exitCode()).as(result.err()).isEqualTo(5);
            long id = app.keyByLabel("bot").orElseThrow().id();
            assertThat(app.history(id)).extracting(HistoryEntry::summary)
                    .anyMatch(summary -> summary.startsWith("Gateway started for sh"))
                    .anyMatch(summary -> summary.startsWith("Gateway for sh stopped"));
        }
    }

    @Test
    void aGatewayRuleInTheNotesThatIsNotUnderstoodStopsTheStart() {
        cli.add("noted", FakeCredentials.OTHER_API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", okx.baseUrl(),
                "--notes", "gateway: allow withdrawals");

        Result result = gatewayRun("noted", "--gateway", "--", "sh", "-c", "exit 0");

        assertThat(result.exitCode()).isEqualTo(KeyhavenCli.EXIT_PROBLEM);
        assertThat(result.err()).contains("was not started").contains("never lets a bot withdraw");
    }

    private void assertTheRunIsInTheKeysHistory() throws Exception {
        try (Vault vault = cli.openVault()) {
            long id = vault.keyByLabel("bot").orElseThrow().id();
            List<HistoryEntry> history = vault.history(id);
            assertThat(history).extracting(HistoryEntry::summary)
                    .anyMatch(summary -> summary.startsWith("Gateway started for sh"))
                    .anyMatch(summary -> summary.startsWith("Gateway for sh stopped"));
            HistoryEntry uses = history.stream().filter(HistoryEntry::signedUse)
                    .findFirst().orElseThrow();
            assertThat(uses.signedUse()).isTrue();
            assertThat(uses.summary()).contains("GET /api/v5/account/balance").contains("POST /api/v5/trade/batch-orders")
                    .contains("refused by Keyhaven: 50030 1");
        }
    }

    private static void assertPortClosed(String baseUrl) {
        int port = URI.create(baseUrl).getPort();
        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close()).isInstanceOf(IOException.class);
    }

    /** {@code run} as the README tells a trader to start it: the master password piped in, never in the environment. */
    private Result gatewayRun(String... args) {
        String password = cli.environment().remove(MasterPasswordReader.PASSWORD_VARIABLE);
        try {
            String[] withStdin = new String[args.length + 2];
            withStdin[0] = "run";
            withStdin[1] = "--password-stdin";
            System.arraycopy(args, 0, withStdin, 2, args.length);
            return cli.withStdin(CliHarness.PASSWORD + "\n", withStdin);
        } finally {
            cli.environment().put(MasterPasswordReader.PASSWORD_VARIABLE, password);
        }
    }
}
