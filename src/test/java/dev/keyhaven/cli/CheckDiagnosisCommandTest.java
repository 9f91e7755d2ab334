package dev.keyhaven.cli;

import static dev.keyhaven.cli.FakeCredentials.API_KEY;
import static dev.keyhaven.cli.FakeCredentials.PASSPHRASE;
import static dev.keyhaven.cli.FakeCredentials.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyhaven.cli.CliHarness.Result;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.OkxRefusals;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import org.junit.jupiter.api.Test;

/** check and add for the answers of issue 16: each new problem reaches the JSON and the text, end to end. */
class CheckDiagnosisCommandTest extends CheckFixture {

    private void okxKnows(String label, String perm, String... ips) {
        okx.add(FakeKey.builder().label(label).apiKey(API_KEY).secretKey(SECRET_KEY).passphrase(PASSPHRASE).perm(perm).ips(ips)
                .trading("USDT", "100", "100"));
    }

    @Test
    void aNetworkOkxDoesNotServeIsItsOwnProblemInJsonAndText() throws Exception {
        okxKnows("bot", "read_only,trade", "127.0.0.1");
        cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", okx.baseUrl());
        OkxRefusals.blockNetwork(okx);

        Result json = cli.run("check", "bot", "--json");
        assertThat(json.exitCode()).isEqualTo(KeyhavenCli.EXIT_NOT_CHECKED);
        JsonNode problem = new ObjectMapper().readTree(json.out()).get("problems").get(0);
        assertThat(problem.get("id").asText()).isEqualTo("NETWORK_NOT_SERVED");
        assertThat(problem.get("okxCode").asText()).isEqualTo("50121");

        Result text = cli.run("check", "bot");
        assertThat(text.out()).contains("[error] OKX does not serve the internet connection").contains("Fix: Turn off");
    }

    @Test
    void aRefusedFundingReadIsNotReadWithItsReasonWhileTheKeyWorks() throws Exception {
        okxKnows("bot", "read_only,trade", "127.0.0.1");
        cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", okx.baseUrl());
        OkxRefusals.refuseFunding(okx, "50030");

        Result json = cli.run("check", "bot", "--json");
        assertThat(json.exitCode()).as(json.all()).isZero();
        JsonNode result = new ObjectMapper().readTree(json.out());
        assertThat(result.at("/balances/fundingNotRead").asText()).contains("code 50030");
        assertThat(result.at("/balances/tradingNotRead").isNull()).isTrue();
        assertThat(result.get("problems").findValuesAsText("id")).containsExactly("BALANCE_NOT_READ");

        Result text = cli.run("check", "bot");
        assertThat(text.out()).contains("Trading:     100 USD").contains("Funding:     not read: OKX says");
    }

    @Test
    void aPlatformKeyIsSavedWithTheAccessThePlatformAskedForAndJudgedByIt() throws Exception {
        okxKnows("Koinly", "read_only,trade", "127.0.0.1");
        Result add = cli.add("Koinly", API_KEY, SECRET_KEY, PASSPHRASE, "--purpose", "platform", "--access", "read",
                "--base-url", okx.baseUrl());
        assertThat(add.exitCode()).as(add.all()).isZero();
        assertThat(add.out()).contains("Platform or service that only reads");
        try (Vault vault = cli.openVault()) {
            assertThat(vault.keyByLabel("Koinly").orElseThrow().purpose()).isEqualTo(Purpose.PLATFORM_READ);
        }
        assertThat(cli.run("list").out()).contains("platform-read");

        Result check = cli.run("check", "Koinly", "--json");
        JsonNode result = new ObjectMapper().readTree(check.out());
        assertThat(result.get("problems").findValuesAsText("id")).containsExactly("PERMISSION_EXCESS");
    }

    @Test
    void aPlatformWithoutItsAccessIsRefusedWithTheNextStep() {
        Result missing = cli.add("3Commas", API_KEY, SECRET_KEY, PASSPHRASE, "--purpose", "platform");
        assertThat(missing.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(missing.err()).contains("--access trade").contains("--access read");

        Result withdraw = cli.add("3Commas", API_KEY, SECRET_KEY, PASSPHRASE, "--purpose", "platform",
                "--access", "withdraw");
        assertThat(withdraw.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(withdraw.err()).contains("Withdraw is never an option");

        Result notPlatform = cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE, "--access", "read");
        assertThat(notPlatform.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(cli.run("list").out()).contains("no keys yet");

        Result asListed = cli.add("3Commas", API_KEY, SECRET_KEY, PASSPHRASE, "--purpose", "platform-trade");
        assertThat(asListed.exitCode()).as(asListed.all()).isZero();
        assertThat(cli.run("list").out()).contains("platform-trade");

        Result withAccess = cli.add("Cornix", FakeCredentials.OTHER_API_KEY, SECRET_KEY, PASSPHRASE,
                "--purpose", "platform", "--access", "trade");
        assertThat(withAccess.exitCode()).as(withAccess.all()).isZero();
        assertThat(withAccess.out()).contains("Platform or service that trades");
    }
}
