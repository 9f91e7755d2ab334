package dev.keyhaven.cli;

import static dev.keyhaven.cli.FakeCredentials.API_KEY;
import static dev.keyhaven.cli.FakeCredentials.PASSPHRASE;
import static dev.keyhaven.cli.FakeCredentials.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.cli.CliHarness.Result;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.OkxClient;
import org.junit.jupiter.api.Test;

/**
 * The closing line of a check that did not end well fits what happened (walk22 findings 6 and 8): an answer
 * that says OKX is down is no "no answer", and a key deleted on OKX has no fix to check again after.
 */
class CheckClosingLineTest extends CheckFixture {

    private FakeKey okxKnowsTheKey() {
        FakeKey key = okx.add(FakeKey.builder().apiKey(API_KEY).secretKey(SECRET_KEY).passphrase(PASSPHRASE)
                .perm("read_only,trade").ips("127.0.0.1"));
        cli.add("grid-bot", API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", okx.baseUrl());
        assertThat(cli.run("check", "grid-bot").exitCode()).isZero();
        return key;
    }

    @Test
    void anOutageIsNamedAsTheAnswerItWasAndTheLastKnownFactsArePrintedWithTheirTime() {
        okxKnowsTheKey();
        for (String path : new String[] {OkxClient.TIME_PATH, OkxClient.ACCOUNT_CONFIG_PATH,
            OkxClient.ACCOUNT_BALANCE_PATH, OkxClient.ASSET_BALANCES_PATH}) {
            okx.failAlways(path, FakeOkxServer.Fault.html(502));
        }

        Result outage = cli.run("check", "grid-bot");

        assertThat(outage.exitCode()).as(outage.all()).isEqualTo(KeyhavenCli.EXIT_NOT_CHECKED);
        assertThat(outage.out()).contains("grid-bot: Could not check: ")
                .as("the app's words for the same fact").containsPattern("Earlier: +Last known as of .*: works\\.");
        assertThat(outage.err()).as("the key's address did answer: it said it is down")
                .doesNotContain("got no answer").contains("\"grid-bot\" could not be checked: The key's address, " + okx.baseUrl()).contains("HTTP 502")
                .contains("That says nothing against the key: it may still work.")
                .contains("then run 'keyhaven check grid-bot' again.");
    }

    @Test
    void aKeyDeletedOnOkxIsNeverToldToBeFixedAndCheckedAgain() {
        FakeKey key = okxKnowsTheKey();
        okx.remove(key);

        Result all = cli.run("check", "--all");

        assertThat(all.out()).contains("will not work again");
        assertThat(all.err()).as(all.all()).doesNotContain(" yet").doesNotContain("again.")
                .doesNotContain("Fix the errors above")
                .contains("\"grid-bot\" will not work again: it was deleted on OKX")
                .contains("Archive it in the app (More, then \u201cArchive it: OKX no longer knows it\u201d)");
    }
}
