package dev.keyhaven.cli;

import static dev.keyhaven.cli.FakeCredentials.API_KEY;
import static dev.keyhaven.cli.FakeCredentials.PASSPHRASE;
import static dev.keyhaven.cli.FakeCredentials.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyhaven.cli.CliHarness.Result;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A check sent once to another address ({@code check --base-url}) speaks for itself; a key whose saved address
 * changed after its check is "changed, not checked". The core says which; text, JSON and list agree.
 */
class OneOffCheckTest extends CheckFixture {

    private String closedAddress;

    @BeforeEach
    void aWorkingKeyCheckedAtItsOwnAddress() {
        okx.add(FakeKey.builder().apiKey(API_KEY).secretKey(SECRET_KEY).passphrase(PASSPHRASE).perm("read_only")
                .uid("448812345"));
        cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", okx.baseUrl(), "--purpose", "read-only");
        assertThat(cli.run("check", "bot").exitCode()).isZero();
        try (FakeOkxServer gone = FakeOkxServer.start()) {
            closedAddress = gone.baseUrl();
        }
    }

    @Test
    void aOneOffCheckThatCannotReachItsAddressSaysCouldNotCheck() throws Exception {
        Result json = cli.run("check", "bot", "--json", "--base-url", closedAddress);
        Result text = cli.run("check", "bot", "--base-url", closedAddress);

        assertThat(json.exitCode()).as(json.all()).isEqualTo(KeyhavenCli.EXIT_NOT_CHECKED);
        JsonNode result = new ObjectMapper().readTree(json.out());
        assertThat(result.get("status").asText()).isEqualTo("could-not-check");
        assertThat(result.get("verdict").asText()).isEqualTo("Could not check");
        assertThat(text.exitCode()).as(text.all()).isEqualTo(KeyhavenCli.EXIT_NOT_CHECKED);
        assertThat(text.err()).contains("could not be checked").doesNotContain("does not work safely")
                .as("a refused connection is said as one").contains("Nothing answers at the address " + closedAddress
                        + " (a local address, not OKX): Keyhaven could not connect to it")
                .as("the command to run again is this one-off").contains("'keyhaven check bot --base-url "
                        + closedAddress + "' again.");
        assertThat(cli.run("list").out()).as("the key at its own address").contains("Works")
                .doesNotContain("Changed, not checked");
    }

    @Test
    void aSavedAddressChangeAfterTheCheckIsChangedNotChecked() throws Exception {
        try (Vault vault = cli.openVault()) {
            KeyRecord key = vault.keys().get(0);
            KeyDraft draft = KeyDraft.of(key);
            vault.update(key.id(), new KeyDraft(draft.label(), draft.purpose(), draft.environment(), draft.region(),
                    closedAddress, draft.notes(), draft.rotationDays(), null));
        }

        JsonNode rows = new ObjectMapper().readTree(cli.run("list", "--json").out());

        assertThat(rows.get(0).get("status").asText()).isEqualTo("changed-not-checked");
        assertThat(cli.run("list").out()).contains("Changed, not checked");
    }

    @Test
    void aOneOffAtAStandInIsShownAsSuchAndMovesNoLastUse() throws Exception {
        String lastUsedBefore = new ObjectMapper().readTree(cli.run("show", "bot", "--json").out())
                .get("lastUsedAt").asText();
        try (FakeOkxServer standIn = FakeOkxServer.start()) {
            standIn.add(FakeKey.builder().apiKey(API_KEY).secretKey(SECRET_KEY).passphrase(PASSPHRASE)
                    .perm("read_only"));
            assertThat(cli.run("check", "bot", "--base-url", standIn.baseUrl()).exitCode()).isZero();

            JsonNode shown = new ObjectMapper().readTree(cli.run("show", "bot", "--json").out());
            Result text = cli.run("show", "bot");

            assertThat(shown.get("lastUsedAt").asText()).as("the stand-in is not OKX").isEqualTo(lastUsedBefore);
            JsonNode newest = shown.get("history").get(0);
            assertThat(newest.get("summary").asText()).startsWith("One-off check at " + standIn.baseUrl()
                    + " (a local address, not OKX): not a use of the key.");
            assertThat(newest.get("signedUse").asBoolean()).isFalse();
            assertThat(text.out()).contains("One-off check at " + standIn.baseUrl());
        }
    }

    @Test
    void aStandInThatSaysNoWithdrawDoesNotOpenRunForAKeyOkxSawWithdrawOn() throws Exception {
        okx.add(FakeKey.builder().apiKey("withdraw-key").secretKey(SECRET_KEY).passphrase(PASSPHRASE)
                .perm("read_only,trade,withdraw"));
        cli.add("risky", "withdraw-key", SECRET_KEY, PASSPHRASE, "--base-url", okx.baseUrl());
        assertThat(cli.run("check", "risky").exitCode()).isEqualTo(KeyhavenCli.EXIT_CAN_WITHDRAW);
        try (FakeOkxServer standIn = FakeOkxServer.start()) {
            standIn.add(FakeKey.builder().apiKey("withdraw-key").secretKey(SECRET_KEY).passphrase(PASSPHRASE)
                    .perm("read_only,trade"));
            assertThat(cli.run("check", "risky", "--base-url", standIn.baseUrl()).exitCode())
                    .as("the key's Withdraw, seen at its own address, still counts").isEqualTo(KeyhavenCli.EXIT_CAN_WITHDRAW);
        }

        Result run = cli.run("run", "--password-env-ok", "risky", "--", "true");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(KeyhavenCli.EXIT_CAN_WITHDRAW);
        assertThat(cli.run("list").out()).contains("Can withdraw!");
    }

    @Test
    void theHistoryNamesAOneOffChecksAddressOnceOnItsRow() throws Exception {
        cli.run("check", "bot", "--base-url", closedAddress);

        Result text = cli.run("show", "bot");
        String row = text.out().lines().filter(line -> line.contains("One-off check at")).findFirst().orElseThrow();
        String summary = new ObjectMapper().readTree(cli.run("show", "bot", "--json").out())
                .get("history").get(0).get("summary").asText();

        assertThat(row.split(java.util.regex.Pattern.quote(closedAddress), -1)).as(row).hasSize(2);
        assertThat(row).contains("that address");
        assertThat(summary.split(java.util.regex.Pattern.quote(closedAddress), -1)).as(summary).hasSize(2);
    }
}
