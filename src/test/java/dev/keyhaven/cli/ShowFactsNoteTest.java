package dev.keyhaven.cli;

import static dev.keyhaven.cli.FakeCredentials.API_KEY;
import static dev.keyhaven.cli.FakeCredentials.PASSPHRASE;
import static dev.keyhaven.cli.FakeCredentials.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.OkxClient;
import org.junit.jupiter.api.Test;

/** {@code show} after a check that did not get the facts again: why they are dated, said once, as the app says it. */
class ShowFactsNoteTest extends CheckFixture {

    private FakeKey goodKeyChecked() {
        FakeKey key = okx.add(FakeKey.builder().apiKey(API_KEY).secretKey(SECRET_KEY).passphrase(PASSPHRASE)
                .perm("read_only,trade").ips("127.0.0.1").uid("448812345").trading("USDT", "100", "100"));
        cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", okx.baseUrl());
        assertThat(cli.run("check", "bot").out()).contains("bot: Works.");
        return key;
    }

    @Test
    void aKeyOkxRefusedHasItsFactsFromBeforeTheRefusalNotUnanswered() {
        okx.remove(goodKeyChecked());
        cli.run("check", "bot");

        String show = cli.run("show", "bot").out().split("History")[0];

        assertThat(show).contains("Status:      Rejected by OKX")
                .contains("Facts:       From ").contains(", before OKX refused this key.")
                .doesNotContain("did not get OKX's answer").doesNotContain("could not ask OKX");
        assertThat(occurrences(show, "OKX no longer knows this API key")).as(show).isEqualTo(1);
    }

    @Test
    void aCheckThatCouldNotAskOkxSaysWhyOnceAndDatesTheFactsOnce() {
        goodKeyChecked();
        for (String path : new String[] {OkxClient.TIME_PATH, OkxClient.ACCOUNT_CONFIG_PATH,
            OkxClient.ACCOUNT_BALANCE_PATH, OkxClient.ASSET_BALANCES_PATH}) {
            okx.failAlways(path, FakeOkxServer.Fault.html(502));
        }
        cli.run("check", "bot");

        String show = cli.run("show", "bot").out().split("History")[0];

        assertThat(show).contains("Status:      Could not check").contains("Why:");
        assertThat(show).as("the reason is not printed again as the Result").doesNotContain("Result:");
        assertThat(occurrences(show, "the newest check did not get OKX's answer")).as(show).isEqualTo(1);
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
