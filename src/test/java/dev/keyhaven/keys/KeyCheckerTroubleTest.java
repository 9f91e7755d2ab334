package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer.Fault;
import dev.keyhaven.okx.OkxClient;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.vault.Purpose;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The whole check when OKX or the way to it is in trouble: frozen keys, regions, rate limits, outages, networks. */
class KeyCheckerTroubleTest extends KeyCheckerFixture {

    @Test
    @Tag("mutation-redundant")
    void aFrozenKeyIsFrozen() {
        assertThat(check(okx.add(boundTradingKey().frozen(true))).problemIds()).containsExactly("KEY_FROZEN");
    }

    @Test
    @Tag("mutation-redundant")
    void complianceCodesAreRegionRestrictions() {
        CheckResult result = check(okx.add(boundTradingKey().refusedWith("51155")));
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.id()).isEqualTo(ProblemId.REGION_RESTRICTED);
            assertThat(problem.okxCode()).isEqualTo("51155");
        });
    }

    @Test
    @Tag("mutation-redundant")
    void aPersistentRateLimitIsReported() {
        okx.failAlways(OkxClient.ACCOUNT_CONFIG_PATH, Fault.rateLimited());
        CheckResult result = check(okx.add(boundTradingKey()));
        assertThat(result.problemIds()).containsExactly("RATE_LIMITED");
        assertThat(result.account()).isNull();
        assertThat(result.balances()).isNotNull();
        assertThat(result.acceptedByOkx()).isTrue();
    }

    @Test
    @Tag("mutation-redundant")
    void anExchangeInTroubleIsUnavailable() {
        okx.failAlways(OkxClient.ACCOUNT_CONFIG_PATH, Fault.html(502));
        CheckResult result = check(okx.add(boundTradingKey()));
        assertThat(result.problemIds()).containsExactly("EXCHANGE_UNAVAILABLE");
        assertThat(result.problems().get(0).message()).contains("HTTP 502");
        assertThat(result.account()).isNull();
    }

    @Test
    void aProxyPageInsteadOfOkxIsANetworkProblem() {
        okx.failAlways(OkxClient.TIME_PATH, Fault.html(403));
        CheckResult result = check(okx.add(boundTradingKey()));
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.id()).isEqualTo(ProblemId.NETWORK);
            assertThat(problem.message()).contains("proxy");
        });
        assertThat(okx.requests()).hasSize(1);
    }

    @Test
    void aSilentOrAbsentServerIsANetworkProblem() throws IOException {
        shortenCallsTo(Duration.ofMillis(800));
        okx.failAlways(OkxClient.ACCOUNT_CONFIG_PATH, Fault.silence(Duration.ofSeconds(3)));
        CheckResult silent = check(okx.add(boundTradingKey()));
        assertThat(silent.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.id()).isEqualTo(ProblemId.NETWORK);
            assertThat(problem.message()).contains("did not answer in time");
        });
        assertThat(silent.latencyMs()).isNull();

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (Credentials credentials = credentialsOf(FakeKey.builder().build())) {
            CheckResult absent = checker.check(new CheckTarget("bot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL,
                    "http://127.0.0.1:" + closedPort, credentials, null));
            assertThat(absent.problemIds()).containsExactly("NETWORK");
            assertThat(absent.problems().get(0).message()).contains("could not connect");
        }
    }

    @Test
    void aPlainHttpBaseUrlElsewhereIsRefusedBeforeAnythingIsSent() {
        try (Credentials credentials = credentialsOf(FakeKey.builder().build())) {
            CheckResult result = checker.check(new CheckTarget("bot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL,
                    "http://www.okx.com", credentials, null));
            assertThat(result.ok()).isFalse();
            assertThat(result.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.id()).isEqualTo(ProblemId.NETWORK);
                assertThat(problem.message()).contains("HTTPS");
                assertThat(problem.fix()).contains("base URL");
            });
        }
    }
}
