package dev.keyhaven.cli;

import static dev.keyhaven.cli.FakeCredentials.API_KEY;
import static dev.keyhaven.cli.FakeCredentials.PASSPHRASE;
import static dev.keyhaven.cli.FakeCredentials.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.cli.CliHarness.Result;
import dev.keyhaven.okx.FakeKey;
import org.junit.jupiter.api.Test;

/**
 * check and show of a key OKX accepted and then deleted (issue #15): the same sentence as the app, that it was
 * deleted on OKX with the archive route, not "Copy the API key again".
 */
class CheckDeletedKeyTest extends CheckFixture {

    @Test
    void checkAndShowSayTheKeyWasDeletedOnOkxAndPointToTheArchiveRoute() {
        FakeKey onOkx = okx.add(FakeKey.builder().apiKey(API_KEY).secretKey(SECRET_KEY).passphrase(PASSPHRASE)
                .perm("read_only,trade").ips("127.0.0.1"));
        cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", okx.baseUrl());
        assertThat(cli.run("check", "bot").exitCode()).isZero();
        okx.remove(onOkx);

        Result check = cli.run("check", "bot");
        Result show = cli.run("show", "bot");

        assertThat(check.out()).contains("the key was deleted on OKX")
                .contains("Fix: Nothing is left to delete on OKX")
                .contains("Archive it: OKX no longer knows it").doesNotContain("Copy the API key again");
        assertThat(show.out()).contains("Next step:   Nothing is left to delete on OKX")
                .doesNotContain("Copy the API key again");
    }
}
