package dev.keyhaven.cli;

import static dev.keyhaven.cli.FakeCredentials.API_KEY;
import static dev.keyhaven.cli.FakeCredentials.PASSPHRASE;
import static dev.keyhaven.cli.FakeCredentials.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.cli.CliHarness.Result;
import dev.keyhaven.okx.FakeKey;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/**
 * Issue #15: a key whose custom address is on this computer (a test tool or proxy standing in for OKX) is never
 * told as "OKX address" or "could not reach OKX": {@code check} and {@code show} say "the address ... (a local
 * address, not OKX)", in the one wording of keys.KeyAddress.
 */
class LocalAddressWordingTest extends CheckFixture {

    private static final String LOCAL = " (a local address, not OKX)";

    @Test
    void aClosedLocalPortIsALocalAddressInCheckAndShow() throws Exception {
        String closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = "http://127.0.0.1:" + socket.getLocalPort();
        }
        cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", closed);

        Result check = cli.run("check", "bot");
        Result show = cli.run("show", "bot");

        assertThat(check.exitCode()).as(check.all()).isEqualTo(KeyhavenCli.EXIT_NOT_CHECKED);
        assertThat(check.out()).contains("Address:     " + closed + LOCAL + ", live")
                .contains("Nothing answers at the address " + closed + LOCAL + ":")
                .doesNotContain("OKX address");
        assertThat(show.out()).contains("Address:     " + closed + LOCAL)
                .contains("could not reach the address " + closed + LOCAL)
                .doesNotContain("OKX address").doesNotContain("could not reach OKX");
    }

    @Test
    void aLocalStandInThatAnswersIsStillNotOkxWhileOkxItselfIsOkx() {
        okx.add(FakeKey.builder().apiKey(API_KEY).secretKey(SECRET_KEY).passphrase(PASSPHRASE).perm("read_only")
                .uid("448812345"));
        cli.add("journal", API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", okx.baseUrl(), "--purpose", "read-only");
        cli.add("real", API_KEY, SECRET_KEY, PASSPHRASE, "--purpose", "read-only");

        Result check = cli.run("check", "journal");

        assertThat(check.exitCode()).as(check.all()).isZero();
        assertThat(check.out()).contains("Address:     " + okx.baseUrl() + LOCAL + ", live")
                .doesNotContain("OKX address");
        assertThat(cli.run("show", "real").out()).contains("Address:     https://www.okx.com (OKX)");
    }
}
