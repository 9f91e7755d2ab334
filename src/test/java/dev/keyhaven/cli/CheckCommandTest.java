package dev.keyhaven.cli;

import static dev.keyhaven.cli.FakeCredentials.API_KEY;
import static dev.keyhaven.cli.FakeCredentials.OTHER_API_KEY;
import static dev.keyhaven.cli.FakeCredentials.PASSPHRASE;
import static dev.keyhaven.cli.FakeCredentials.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyhaven.cli.CliHarness.Result;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.OkxClient;
import dev.keyhaven.okx.Permissions;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** check, end to end: a real vault and a real HTTP server on loopback that plays OKX. */
class CheckCommandTest extends CheckFixture {

    private void okxKnows(String apiKey, String perm, String... ips) {
        okx.add(FakeKey.builder().apiKey(apiKey).secretKey(SECRET_KEY).passphrase(PASSPHRASE).perm(perm).ips(ips)
                .uid("448812345").trading("USDT", "100", "100"));
    }

    @Test
    void aGoodKeyGivesAShortVerdictAndExitZero() {
        okxKnows(API_KEY, "read_only,trade", "127.0.0.1");
        cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", okx.baseUrl());

        Result check = cli.run("check", "bot");

        assertThat(check.exitCode()).as(check.all()).isZero();
        assertThat(check.out()).contains("bot: Works.").contains("Read + Trade").contains("127.0.0.1")
                .contains("448812345");
        assertThat(cli.run("list").out()).contains(" Works");
    }

    @Test
    void jsonHasTheFieldsAndProblemIdsOfTheCheckContract() throws Exception {
        okxKnows(API_KEY, "read_only,trade");
        cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE);

        Result check = cli.run("check", "bot", "--json", "--base-url", okx.baseUrl());

        JsonNode result = new ObjectMapper().readTree(check.out());
        assertThat(result.get("ok").asBoolean()).isTrue();
        assertThat(result.at("/permissions/read").asBoolean()).isTrue();
        assertThat(result.at("/permissions/trade").asBoolean()).isTrue();
        assertThat(result.at("/permissions/withdraw").asBoolean()).isFalse();
        assertThat(result.get("ipWhitelist").isArray()).isTrue();
        assertThat(result.at("/account/uid").asText()).isEqualTo("448812345");
        assertThat(result.has("clockSkewMs")).isTrue();
        assertThat(result.get("baseUrl").asText()).isEqualTo(okx.baseUrl());
        assertThat(result.get("problems").findValuesAsText("id")).contains("NO_IP_BINDING");
    }

    @Test
    void listAndCheckJsonSayTheSameVerdictWordsAsTheApp() throws Exception {
        okxKnows(API_KEY, "read_only,trade,withdraw", "127.0.0.1");
        cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", okx.baseUrl());
        cli.add("unknown", "0d0e0f10-1112-1314-1516-171819202122", SECRET_KEY, PASSPHRASE, "--base-url", okx.baseUrl());

        JsonNode checks = new ObjectMapper().readTree(cli.run("check", "--all", "--json").out());
        JsonNode rows = new ObjectMapper().readTree(cli.run("list", "--json").out());

        assertThat(checks.findValuesAsText("status")).containsExactly("withdraw-enabled", "rejected");
        assertThat(checks.findValuesAsText("verdict")).containsExactly("Can withdraw!", "Rejected by OKX");
        assertThat(rows.findValuesAsText("status")).containsExactly("withdraw-enabled", "rejected");
        assertThat(rows.findValuesAsText("verdict")).containsExactly("Can withdraw!", "Rejected by OKX");
        assertThat(rows.get(1).get("reason").asText()).startsWith("OKX does not recognise this API key");
        assertThat(cli.run("list").out()).contains("Can withdraw!").contains("Rejected by OKX")
                .doesNotContain("Fails:");
        Result show = cli.run("show", "unknown");
        assertThat(show.out()).contains("Status:      Rejected by OKX").contains("Last check:  Rejected by OKX ")
                .doesNotContain("Checked").doesNotContain("(checked ").contains("Next step:")
                .contains("Last used:   never");
    }

    @Test
    void aCheckThatCouldNotReachOkxSaysSoAndKeepsWithdrawSeenEarlierWithItsDate() {
        okxKnows(API_KEY, "read_only,trade,withdraw", "127.0.0.1");
        cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", okx.baseUrl());
        cli.run("check", "bot");
        for (String path : new String[] {OkxClient.TIME_PATH, OkxClient.ACCOUNT_CONFIG_PATH,
            OkxClient.ACCOUNT_BALANCE_PATH, OkxClient.ASSET_BALANCES_PATH}) {
            okx.failAlways(path, FakeOkxServer.Fault.html(502));
        }

        Result offline = cli.run("check", "bot");

        assertThat(offline.out()).startsWith("bot: Can withdraw!").doesNotContain("Rejected")
                .contains("This check:  Could not check: ").contains("the newest check could not ask OKX");
        assertThat(cli.run("show", "bot").out()).contains("Can withdraw!").contains("(as of ");
    }

    @Test
    void aCheckOkxDidNotAnswerIsACheckFailedNeverCheckedAndTheDateBeforeAnyUseIsAnEstimate() throws Exception {
        okxKnows(API_KEY, "read_only,trade");
        cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", okx.baseUrl());

        String neverChecked = cli.run("show", "bot").out();
        assertThat(neverChecked).contains("Expiry:      Unknown until checked").contains("Keyhaven's estimate")
                .doesNotContain("OKX deletes a key");
        cli.run("check", "bot");
        assertThat(cli.run("show", "bot").out()).contains("Last check:  Checked ")
                .contains("Expiry:      OKX deletes a key that can trade and has no bound IP after 14 days unused");
        for (String path : new String[] {OkxClient.TIME_PATH, OkxClient.ACCOUNT_CONFIG_PATH,
            OkxClient.ACCOUNT_BALANCE_PATH, OkxClient.ASSET_BALANCES_PATH}) {
            okx.failAlways(path, FakeOkxServer.Fault.html(502));
        }
        cli.run("check", "bot");

        String show = cli.run("show", "bot").out();
        assertThat(show).contains("Last check:  Check failed ").doesNotContain("Last check:  Checked")
                .doesNotContain("(checked ");
        assertThat(cli.run("list").out()).contains("LAST CHECK").contains(" failed ");
        JsonNode rows = new ObjectMapper().readTree(cli.run("list", "--json").out());
        assertThat(rows.get(0).get("lastCheckOutcome").asText()).isEqualTo("failed");
        JsonNode details = new ObjectMapper().readTree(cli.run("show", "bot", "--json").out());
        assertThat(details.get("lastCheck").asText()).startsWith("Check failed ");
        assertThat(details.get("expiryEstimated").asBoolean()).isFalse();
    }

    @Test
    void withdrawPermissionIsAnErrorAndThenRunRefusesTheKey() throws Exception {
        okxKnows(API_KEY, "read_only,trade,withdraw", "127.0.0.1");
        cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", okx.baseUrl());

        Result check = cli.run("check", "bot");
        assertThat(check.exitCode()).isEqualTo(KeyhavenCli.EXIT_CAN_WITHDRAW);
        assertThat(check.out()).contains("WITHDRAW").contains("[error]").contains("Fix: ");
        assertThat(check.err()).contains("\"bot\" can WITHDRAW funds").doesNotContain("again");
        assertThat(cli.run("list").out()).contains("Can withdraw!");

        Result run = cli.run("run", "--password-env-ok", "bot", "--", "true");
        assertThat(run.exitCode()).isEqualTo(KeyhavenCli.EXIT_CAN_WITHDRAW);
        assertThat(run.err()).contains("was not handed out");
    }

    @Test
    void aWrongPassphraseIsNamedWithItsFix() throws Exception {
        okx.add(FakeKey.builder().apiKey(API_KEY).secretKey(SECRET_KEY).passphrase("Another-Pass-1!"));
        cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", okx.baseUrl());

        Result check = cli.run("check", "bot", "--json");

        assertThat(check.exitCode()).isEqualTo(KeyhavenCli.EXIT_PROBLEM);
        JsonNode result = new ObjectMapper().readTree(check.out());
        assertThat(result.get("ok").asBoolean()).isFalse();
        assertThat(result.get("problems").findValuesAsText("id")).contains("AUTH_WRONG_PASSPHRASE");
        assertThat(cli.run("show", "bot").out()).contains("failed");
    }

    @Test
    void allPacesTheKeysOfOneAccountWithinOkxsLimit() throws Exception {
        int keys = 7;
        for (int i = 0; i < keys; i++) {
            String apiKey = "6f1c2d3e-4a5b-4c6d-8e7f-00000000000" + i;
            okxKnows(apiKey, "read_only,trade", "127.0.0.1");
            cli.add("bot" + i, apiKey, SECRET_KEY, PASSPHRASE);
        }
        seenOnAccount("448812345");

        Result check = cli.run("check", "--all", "--json", "--base-url", okx.baseUrl());

        assertThat(check.exitCode()).as(check.all()).isZero();
        assertThat(new ObjectMapper().readTree(check.out())).hasSize(keys);
        assertThat(okx.requestCount(OkxClient.ACCOUNT_CONFIG_PATH)).isEqualTo(keys);
        assertThat(okx.rateLimitRejections()).as("one account's keys are checked one after another").isZero();
    }

    /** What earlier checks would have stored: every key seen on {@code uid}. */
    private void seenOnAccount(String uid) throws Exception {
        try (Vault vault = cli.openVault()) {
            for (KeyRecord key : vault.keys()) {
                vault.recordHistory(key.id(), new HistoryEntry(Instant.now().minusSeconds(3600),
                        HistoryEntry.Kind.CHECK, HistoryEntry.Outcome.OK, "Works.",
                        true, Permissions.parse("read_only,trade"), List.of("127.0.0.1"), uid,
                        List.of(), null));
            }
        }
    }

    @Test
    void allChecksEveryKeyAndPrintsAJsonArray() throws Exception {
        okxKnows(API_KEY, "read_only,trade", "127.0.0.1");
        okxKnows(OTHER_API_KEY, "read_only,trade,withdraw", "127.0.0.1");
        cli.add("good", API_KEY, SECRET_KEY, PASSPHRASE);
        cli.add("risky", OTHER_API_KEY, SECRET_KEY, PASSPHRASE);

        Result check = cli.run("check", "--all", "--json", "--base-url", okx.baseUrl());

        assertThat(check.exitCode()).isEqualTo(KeyhavenCli.EXIT_CAN_WITHDRAW);
        JsonNode results = new ObjectMapper().readTree(check.out());
        assertThat(results).hasSize(2);
        assertThat(results.get(0).get("ok").asBoolean()).isTrue();
        assertThat(results.get(1).get("problems").findValuesAsText("id")).contains("WITHDRAW_ENABLED");
    }

    @Test
    void eachVerdictHasItsOwnExitCodeAndAllGivesTheMostPressing() throws Exception {
        String closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = "http://127.0.0.1:" + socket.getLocalPort();
        }
        okxKnows(API_KEY, "read_only,trade", "127.0.0.1");
        cli.add("good", API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", okx.baseUrl());
        cli.add("offline", API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", closed);

        assertThat(cli.run("check", "good").exitCode()).isEqualTo(KeyhavenCli.EXIT_OK);
        assertThat(cli.run("check", "offline").exitCode()).isEqualTo(KeyhavenCli.EXIT_NOT_CHECKED);
        assertThat(cli.run("check", "--all").exitCode()).as("try again later").isEqualTo(KeyhavenCli.EXIT_NOT_CHECKED);

        cli.add("unknown", "0d0e0f10-1112-1314-1516-171819202122", SECRET_KEY, PASSPHRASE, "--base-url", okx.baseUrl());
        assertThat(cli.run("check", "unknown").exitCode()).isEqualTo(KeyhavenCli.EXIT_PROBLEM);
        assertThat(cli.run("check", "--all").exitCode()).as("a refused key outweighs one not checked")
                .isEqualTo(KeyhavenCli.EXIT_PROBLEM);

        okxKnows(OTHER_API_KEY, "read_only,trade,withdraw", "127.0.0.1");
        cli.add("risky", OTHER_API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", okx.baseUrl());
        assertThat(cli.run("check", "--all", "--json").exitCode()).as("a dangerous key outweighs all")
                .isEqualTo(KeyhavenCli.EXIT_CAN_WITHDRAW);
    }

    @Test
    void aLabelAndAllTogetherOrNeitherIsBadUsage() {
        assertThat(cli.run("check").exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(cli.run("check", "bot", "--all").exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        Result http = cli.run("check", "--all", "--base-url", "http://example.com");
        assertThat(http.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(http.err()).contains("only talks to OKX");
    }

    @Test
    void anUnreachableExchangeIsAProblemNotACrash() {
        cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE);
        String closedPort = okx.baseUrl();
        okx.close();

        Result check = cli.run("check", "bot", "--base-url", closedPort);

        assertThat(check.exitCode()).isEqualTo(KeyhavenCli.EXIT_NOT_CHECKED);
        assertThat(check.out()).contains("Fix: ");
        assertThat(check.err()).doesNotContain("Exception").contains("could not be checked")
                .contains("That says nothing against the key: it may still work.").doesNotContain("may be fine")
                .doesNotContain("does not work safely");
        assertThat(check.out()).as("a closed address on this computer is no internet trouble")
                .contains("Nothing answers at the address " + closedPort + " (a local address, not OKX)")
                .contains("Fix: Start the program that answers at " + closedPort)
                .contains("or check without the one-off address").as("a one-off's address is not the key's")
                .doesNotContain("custom address").doesNotContain("internet connection");
    }

    @Test
    void aBaseUrlThatIsTheKeysOwnSavedAddressIsNoOneOff() {
        String closedPort = okx.baseUrl();
        cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", closedPort);
        okx.close();

        Result check = cli.run("check", "bot", "--base-url", closedPort);

        assertThat(check.exitCode()).isEqualTo(KeyhavenCli.EXIT_NOT_CHECKED);
        assertThat(check.out()).as("the key's own address, given again").contains("remove the key's custom address")
                .doesNotContain("one-off");
    }

    @Test
    void aFolderGivenAsTheVaultIsNamedAsAFolderNotADamagedVault() {
        Result list = cli.run("--vault", folder.toString(), "list");

        assertThat(list.exitCode()).isEqualTo(KeyhavenCli.EXIT_VAULT);
        assertThat(list.err()).contains("is a folder, not a vault file").doesNotContain("damaged");
    }
}
