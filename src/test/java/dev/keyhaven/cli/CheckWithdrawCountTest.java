package dev.keyhaven.cli;

import static dev.keyhaven.cli.FakeCredentials.API_KEY;
import static dev.keyhaven.cli.FakeCredentials.PASSPHRASE;
import static dev.keyhaven.cli.FakeCredentials.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.cli.CliHarness.Result;
import dev.keyhaven.okx.FakeKey;
import org.junit.jupiter.api.Test;

/** check of a key that can withdraw counts nothing it does not show: no "1 warning" above its one [error] (walk 21). */
class CheckWithdrawCountTest extends CheckFixture {

    @Test
    void aJournalKeyThatCanTradeAndWithdrawIsNotCountedAWarningItIsNotShown() {
        okx.add(FakeKey.builder().apiKey(API_KEY).secretKey(SECRET_KEY).passphrase(PASSPHRASE)
                .perm("read_only,trade,withdraw").ips("127.0.0.1"));
        cli.add("Danger", API_KEY, SECRET_KEY, PASSPHRASE, "--purpose", "read-only", "--base-url", okx.baseUrl());

        Result check = cli.run("check", "Danger");

        assertThat(check.out()).as(check.all()).contains("Can withdraw! Read + Trade + Withdraw, bound to 1 IP.\n")
                .contains("[error] ").doesNotContain("warning");
    }
}
