package dev.keyhaven.cli;

import static dev.keyhaven.cli.FakeCredentials.API_KEY;
import static dev.keyhaven.cli.FakeCredentials.PASSPHRASE;
import static dev.keyhaven.cli.FakeCredentials.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.cli.CliHarness.Result;
import dev.keyhaven.keys.KeyStatus;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.OkxClient;
import org.junit.jupiter.api.Test;

/**
 * Issue #15, walk23 findings 1 and 9: {@code check} of a key OKX deleted, during an outage, still says it was
 * deleted, as of the refusal, never "Last known ...: works ... it may still work"; once OKX accepts it again it
 * works. A key that can withdraw is told the one fix for that, not to run the check again; a 502 from a key's
 * local address is that address's, not "OKX is busy".
 */
class CheckGoneThroughOutageTest extends CheckFixture {

    private FakeKey copyBot() {
        FakeKey key = okx.add(FakeKey.builder().apiKey(API_KEY).secretKey(SECRET_KEY).passphrase(PASSPHRASE)
                .perm("read_only,trade").ips("127.0.0.1"));
        cli.add("copy-bot", API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", okx.baseUrl());
        assertThat(cli.run("check", "copy-bot").exitCode()).isZero();
        return key;
    }

    private void outage() {
        for (String path : new String[] {OkxClient.TIME_PATH, OkxClient.ACCOUNT_CONFIG_PATH,
            OkxClient.ACCOUNT_BALANCE_PATH, OkxClient.ASSET_BALANCES_PATH}) {
            okx.failAlways(path, FakeOkxServer.Fault.html(502));
        }
    }

    @Test
    void aKeyOkxDeletedStaysDeletedThroughAnOutageUntilOkxAcceptsItAgain() {
        FakeKey key = copyBot();
        okx.remove(key);
        Result refused = cli.run("check", "copy-bot");
        assertThat(refused.out()).as(refused.all()).contains("the key was deleted on OKX");
        outage();

        Result during = cli.run("check", "--all");
        Result show = cli.run("show", "copy-bot");
        Result list = cli.run("list");

        assertThat(during.exitCode()).as(during.all()).isEqualTo(KeyhavenCli.EXIT_PROBLEM);
        // Walk 24: the first line leads with the verdict the app and the list say, then this run's could-not-check.
        assertThat(during.out()).startsWith("copy-bot: Rejected by OKX: OKX no longer knows this API key (code 50111)")
                .contains("\n  This check:  Could not check: The key's address, " + okx.baseUrl())
                .doesNotContain("copy-bot: Could not check")
                .containsPattern("OKX said so on \\d+ \\w+ \\d{4}, \\d\\d:\\d\\d; the newest check could not ask OKX again")
                .contains("Fix: Nothing is left to delete on OKX")
                .doesNotContain("Earlier:").doesNotContain("Last known as of");
        assertThat(during.err()).contains("\"copy-bot\" will not work again: it was deleted on OKX")
                .containsPattern("keyhaven: Asked OKX about 1 key at \\d\\d:\\d\\d: 0 answered, 1 could not be checked\\.")
                .contains("Archive it: OKX no longer knows it").doesNotContain("may still work");
        assertThat(show.out()).contains("Rejected by OKX").contains("Next step:   Nothing is left to delete on OKX");
        assertThat(list.out()).contains("Rejected by OKX").doesNotContain("Could not check");

        okx.clearFaults();
        okx.add(key);
        Result back = cli.run("check", "copy-bot");
        assertThat(back.exitCode()).as(back.all()).isZero();
        assertThat(cli.run("list").out()).contains("Works").doesNotContain("Rejected by OKX");
    }

    @Test
    void aKeyThatCanWithdrawIsToldTheOneFixForItAndNotToRunTheCheckAgain() {
        okx.add(FakeKey.builder().apiKey(API_KEY).secretKey(SECRET_KEY).passphrase(PASSPHRASE)
                .perm("read_only,trade,withdraw").ips("127.0.0.1"));
        cli.add("old-arb", API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", okx.baseUrl());

        Result check = cli.run("check", "--all");

        assertThat(check.exitCode()).as(check.all()).isEqualTo(KeyhavenCli.EXIT_CAN_WITHDRAW);
        assertThat(check.err()).contains("\"old-arb\" can WITHDRAW funds. " + KeyStatus.WITHDRAW_FIX)
                .doesNotContain("does not work safely").doesNotContain("Fix the errors above")
                .doesNotContain("again");
    }

    @Test
    void a502FromTheKeysLocalAddressIsThatAddressesNotOkxs() {
        copyBot();
        outage();

        Result check = cli.run("check", "copy-bot");
        Result show = cli.run("show", "copy-bot");

        assertThat(check.exitCode()).as(check.all()).isEqualTo(KeyhavenCli.EXIT_NOT_CHECKED);
        String said = "The key's address, " + okx.baseUrl() + " (a local address, not OKX), answered HTTP 502";
        assertThat(check.out()).contains(said).doesNotContain("OKX is busy")
                .as("the command line names the app's place").contains("(in the app: the key's page, Advanced)");
        assertThat(check.err()).contains("\"copy-bot\" could not be checked: " + said)
                .doesNotContain("OKX is busy");
        assertThat(show.out()).contains("the address " + okx.baseUrl() + " (a local address, not OKX) was down or busy")
                .doesNotContain("OKX was down or busy");
    }
}
