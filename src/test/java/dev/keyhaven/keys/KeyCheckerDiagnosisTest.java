package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.FakeOkxServer.Fault;
import dev.keyhaven.okx.OkxClient;
import dev.keyhaven.okx.OkxRefusals;
import dev.keyhaven.okx.Permissions;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.vault.Purpose;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The answers OKX gives that used to send a trader to fix the wrong thing, played by the loopback stand-in. */
class KeyCheckerDiagnosisTest {

    private final FakeOkxServer okx = FakeOkxServer.start();
    // A generous timeout, so a loaded machine (a mutation run) fails no test; the timed-out read shortens it.
    private OkxClient client = client(Duration.ofSeconds(10));
    private KeyChecker checker = checker(client);

    private static OkxClient client(Duration callTimeout) {
        return OkxClient.builder().callTimeout(callTimeout).rateLimitWaits(Duration.ofMillis(20)).build();
    }

    private static KeyChecker checker(OkxClient client) {
        return new KeyChecker(client, Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        checker.close();
        client.close();
        okx.close();
    }

    private CheckResult check(FakeKey key, Purpose purpose) {
        try (Credentials credentials = key.credentials()) {
            return checker.check(new CheckTarget(key.label(), purpose, key.demo() ? Environment.DEMO : Environment.LIVE,
                    Region.GLOBAL, okx.baseUrl(), credentials, null));
        }
    }

    private FakeKey boundTradingKey() {
        return okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1").trading("USDT", "100", "100"));
    }

    @Test
    @Tag("mutation-redundant")
    void aNetworkOkxDoesNotServeIsNotTheKeysIpList() {
        OkxRefusals.blockNetwork(okx);
        CheckResult result = check(boundTradingKey(), Purpose.TRADING);
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.id()).isEqualTo(ProblemId.NETWORK_NOT_SERVED);
            assertThat(problem.message()).contains("127.0.0.1").contains("VPNs").doesNotContain("allowlist");
            assertThat(problem.fix()).contains("another connection").contains("my.okx.com")
                    .contains("tr.okx.com").contains("cannot help");
        });
    }

    @Test
    @Tag("mutation-redundant")
    void aBadTimestampFormatIsAKeyhavenBugNotTheKey() {
        OkxRefusals.refuseSignedReads(okx, "50112");
        CheckResult result = check(boundTradingKey(), Purpose.TRADING);
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.id()).isEqualTo(ProblemId.KEYHAVEN_BUG);
            assertThat(problem.message()).contains("bug in Keyhaven").doesNotContain("does not recognise");
            assertThat(problem.fix()).contains("report");
        });
    }

    @Test
    @Tag("mutation-redundant")
    void anEndpointTimeoutThenSuccessIsAWorkingKey() {
        OkxRefusals.timeOutOnce(okx, OkxClient.ACCOUNT_CONFIG_PATH);
        CheckResult result = check(boundTradingKey(), Purpose.TRADING);
        assertThat(result.ok()).isTrue();
        assertThat(result.problems()).isEmpty();
        assertThat(result.account()).isNotNull();
        assertThat(okx.requestCount(OkxClient.ACCOUNT_CONFIG_PATH)).isEqualTo(2);
    }

    @Test
    @Tag("mutation-redundant")
    void aRefusedFundingReadStillReportsEverythingElse() {
        OkxRefusals.refuseFunding(okx, "50030");
        CheckResult result = check(boundTradingKey(), Purpose.TRADING);

        assertThat(result.ok()).isTrue();
        assertThat(result.permissions()).isEqualTo(new Permissions(true, true, false));
        assertThat(result.ipWhitelist()).containsExactly("127.0.0.1");
        assertThat(result.balances().tradingRead()).isTrue();
        assertThat(result.balances().tradingTotalUsd()).isEqualByComparingTo("100");
        assertThat(result.balances().fundingRead()).isFalse();
        assertThat(result.balances().fundingNotRead()).contains("code 50030");
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.id()).isEqualTo(ProblemId.BALANCE_NOT_READ);
            assertThat(problem.severity()).isEqualTo(Severity.WARNING);
            assertThat(problem.okxCode()).isEqualTo("50030");
            assertThat(problem.message()).startsWith("The key works").contains("funding account");
        });
        assertThat(result.summary()).isEqualTo("Works. Read + Trade, bound to 1 IP. 1 warning.");
    }

    @Test
    @Tag("slow")
    void aFundingReadThatTimesOutIsNotReadNotEmpty() {
        checker.close();
        client.close();
        client = client(Duration.ofMillis(800));
        checker = checker(client);
        okx.failAlways(OkxClient.ASSET_BALANCES_PATH, Fault.silence(Duration.ofSeconds(2)));
        CheckResult result = check(boundTradingKey(), Purpose.TRADING);
        assertThat(result.ok()).isTrue();
        assertThat(result.balances().funding()).isEmpty();
        assertThat(result.balances().fundingNotRead()).contains("did not answer in time");
        assertThat(result.problemIds()).containsExactly("BALANCE_NOT_READ");
    }

    @Test
    void balancesOkxCouldNotAnswerAreNotReadWhileTheKeyStillWorks() {
        okx.failAlways(OkxClient.ACCOUNT_BALANCE_PATH, Fault.html(502));
        okx.failAlways(OkxClient.ASSET_BALANCES_PATH, Fault.missingData());
        CheckResult result = check(boundTradingKey(), Purpose.TRADING);
        assertThat(result.ok()).isTrue();
        assertThat(result.account()).isNotNull();
        assertThat(result.permissions()).isEqualTo(new Permissions(true, true, false));
        assertThat(result.problemIds()).containsExactly("BALANCE_NOT_READ", "BALANCE_NOT_READ");
        assertThat(result.problems().get(0).message()).contains("trading account").contains("HTTP 502");
        assertThat(result.balances().tradingRead()).isFalse();
        assertThat(result.balances().tradingNotRead()).contains("HTTP 502");
        assertThat(result.balances().fundingRead()).isFalse();
        assertThat(result.balances().fundingNotRead()).contains("without the account data");
    }

    @Test
    void demoTradingsLimitedFundingReadIsOnlyANote() {
        FakeKey demo = okx.add(FakeKey.builder().demo(true).perm("read_only,trade").ips("127.0.0.1"));
        OkxRefusals.refuseFunding(okx, "50030");
        CheckResult result = check(demo, Purpose.TRADING);
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.id()).isEqualTo(ProblemId.BALANCE_NOT_READ);
            assertThat(problem.severity()).isEqualTo(Severity.INFO);
            assertThat(problem.fix()).contains("demo trading");
        });

        okx.clearFaults();
        okx.failAlways(OkxClient.ACCOUNT_BALANCE_PATH, OkxRefusals.refusal("50030"));
        assertThat(check(demo, Purpose.TRADING).problems()).as("only the funding read is limited in demo trading")
                .singleElement().extracting(Problem::severity).isEqualTo(Severity.WARNING);
    }

    @Test
    void aPlatformKeyThatAskedForReadOnlyButCanTradeIsFlagged() {
        FakeKey key = okx.add(OkxRefusals.platformKey("Koinly", "127.0.0.1").perm("read_only,trade"));
        CheckResult result = check(key, Purpose.PLATFORM_READ);
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.id()).isEqualTo(ProblemId.PERMISSION_EXCESS);
            assertThat(problem.message()).contains("platform that asked for Read only");
        });
        assertThat(check(key, Purpose.PLATFORM_TRADE).problems()).isEmpty();
    }

    @Test
    void aPlatformKeyThatAskedForTradeButCannotTradeIsAnError() {
        FakeKey key = okx.add(OkxRefusals.platformKey("3Commas", "127.0.0.1").perm("read_only"));
        CheckResult result = check(key, Purpose.PLATFORM_TRADE);
        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.id()).isEqualTo(ProblemId.PERMISSION_MISSING);
            assertThat(problem.message()).contains("platform");
        });
        assertThat(check(key, Purpose.PLATFORM_READ).problems()).isEmpty();
    }

    @Test
    @Tag("mutation-redundant")
    void aPlatformKeyBoundToThePlatformsAddressesIsExpectedlyRefusedHere() {
        FakeKey key = okx.add(OkxRefusals.platformKey("3Commas", "203.0.113.10", "203.0.113.11"));
        CheckResult platform = check(key, Purpose.PLATFORM_TRADE);
        assertThat(platform.ok()).isTrue();
        assertThat(platform.acceptedByOkx()).isFalse();
        assertThat(platform.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.id()).isEqualTo(ProblemId.IP_NOT_ALLOWED);
            assertThat(problem.severity()).isEqualTo(Severity.WARNING);
            assertThat(problem.message()).contains("expected");
        });
        assertThat(platform.summary()).startsWith("Could not check: ").contains("that is expected");

        CheckResult ownBot = check(key, Purpose.TRADING);
        assertThat(ownBot.ok()).isFalse();
        assertThat(ownBot.problems()).singleElement().extracting(Problem::severity).isEqualTo(Severity.ERROR);
    }

    @Test
    @Tag("mutation-redundant")
    void onlyAnUnknownKeyIsOneOkxDoesNotRecognise() {
        CheckResult unknown = check(FakeKey.builder().build(), Purpose.TRADING);
        assertThat(unknown.problems()).singleElement().extracting(Problem::message).asString()
                .contains("does not recognise");
        FakeKey eea = okx.add(FakeKey.builder().region(Region.EEA).ips("127.0.0.1"));
        assertThat(check(eea, Purpose.TRADING).problems()).singleElement().extracting(Problem::message).asString()
                .doesNotContain("does not recognise").contains("code 50119");
    }
}
