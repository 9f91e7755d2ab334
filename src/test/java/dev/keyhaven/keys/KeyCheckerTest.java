package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.OkxClient;
import dev.keyhaven.okx.Permissions;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.Purpose;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The whole check against a real HTTP server on loopback that plays OKX: what it finds wrong with a key. */
class KeyCheckerTest extends KeyCheckerFixture {

    @Test
    void aWellMadeTradingKeyPassesWithEverythingFilledIn() {
        FakeKey key = okx.add(boundTradingKey().uid("4711").acctLv(2).label("gridbot")
                .trading("USDT", "250", "250").funding("BTC", "0.1"));
        CheckResult result = check(key);

        assertThat(result.ok()).isTrue();
        assertThat(result.problems()).isEmpty();
        assertThat(result.environment()).isEqualTo(Environment.LIVE);
        assertThat(result.baseUrl()).isEqualTo(okx.baseUrl());
        assertThat(result.latencyMs()).isNotNull().isNotNegative();
        assertThat(result.clockSkewMs()).isBetween(-1_000L, 1_000L);
        assertThat(result.account()).isEqualTo(new CheckResult.Account("4711", "4711", false, 2, "Futures mode", "gridbot"));
        assertThat(result.permissions()).isEqualTo(new Permissions(true, true, false));
        assertThat(result.ipWhitelist()).containsExactly("127.0.0.1");
        assertThat(result.balances().tradingTotalUsd()).isEqualByComparingTo("250");
        assertThat(result.balances().funding()).extracting("ccy").containsExactly("BTC");
        assertThat(result.checkedAt()).isEqualTo(NOW);
        assertThat(result.acceptedByOkx()).isTrue();
        assertThat(result.summary()).isEqualTo("Works. Read + Trade, bound to 1 IP.");
    }

    @Test
    @Tag("slow")
    void oneRoundTripForTheClockThenTheThreeReadsInParallel() {
        okx.latency(Duration.ofMillis(150));
        check(okx.add(boundTradingKey()));
        assertThat(okx.requests()).extracting(FakeOkxServer.RecordedRequest::path).first().isEqualTo(OkxClient.TIME_PATH);
        assertThat(okx.requests()).hasSize(4);
        assertThat(okx.maxConcurrentRequests()).isEqualTo(3);
    }

    @Test
    void aWrongPassphraseIsOneProblemNotThree() {
        FakeKey key = okx.add(boundTradingKey());
        CheckResult result;
        try (Credentials credentials = new Credentials(Secret.ofString(key.apiKey()), Secret.ofString(key.secretKey()),
                Secret.ofString(key.passphrase() + "x"))) {
            result = checker.check(new CheckTarget("bot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL, okx.baseUrl(),
                    credentials, null));
        }
        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.id()).isEqualTo(ProblemId.AUTH_WRONG_PASSPHRASE);
            assertThat(problem.severity()).isEqualTo(Severity.ERROR);
            assertThat(problem.okxCode()).isEqualTo("50105");
        });
        assertThat(result.account()).isNull();
        assertThat(result.latencyMs()).as("OKX answered, if with a refusal").isNotNull();
        assertThat(result.acceptedByOkx()).isFalse();
        assertThat(result.summary()).startsWith("Rejected by OKX: OKX does not accept the passphrase");
    }

    @Test
    void aTruncatedSecretIsABadSignature() {
        FakeKey key = okx.add(boundTradingKey());
        try (Credentials credentials = new Credentials(Secret.ofString(key.apiKey()),
                Secret.ofString(key.secretKey().substring(0, 30)), Secret.ofString(key.passphrase()))) {
            CheckResult result = checker.check(new CheckTarget("bot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL,
                    okx.baseUrl(), credentials, null));
            assertThat(result.problemIds()).containsExactly("AUTH_BAD_SIGNATURE", "INPUT_SHAPE");
        }
    }

    @Test
    void anUnknownKeyIsAnInvalidKey() {
        CheckResult result = check(FakeKey.builder().build());
        assertThat(result.problemIds()).containsExactly("AUTH_INVALID_KEY");
    }

    @Test
    @Tag("mutation-redundant")
    void aKeyOfTheEeaSiteCheckedAsGlobalNamesTheOtherSites() {
        FakeKey key = okx.add(boundTradingKey().region(Region.EEA));
        CheckResult result = check(key);
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.id()).isEqualTo(ProblemId.KEY_NOT_FOUND);
            assertThat(problem.okxCode()).isEqualTo("50119");
            assertThat(problem.fix()).contains("my.okx.com (EEA)").contains("app.okx.com (US / Australia)")
                    .doesNotContain("okx.com (Global)");
        });
    }

    @Test
    @Tag("mutation-redundant")
    void aDemoKeyCheckedAsLiveIsTheWrongEnvironment() {
        FakeKey key = okx.add(boundTradingKey().demo(true));
        CheckResult result = check(key, Purpose.TRADING, Environment.LIVE, Region.GLOBAL, key.label());
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.id()).isEqualTo(ProblemId.WRONG_ENVIRONMENT);
            assertThat(problem.fix()).contains("Demo");
        });
        assertThat(check(key).ok()).isTrue();
    }

    @Test
    @Tag("mutation-redundant")
    void anIpNotOnTheAllowlistIsNamed() {
        FakeKey key = okx.add(FakeKey.builder().ips("203.0.113.7"));
        CheckResult result = check(key);
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.id()).isEqualTo(ProblemId.IP_NOT_ALLOWED);
            assertThat(problem.message()).contains("127.0.0.1");
            assertThat(problem.fix()).contains("add 127.0.0.1");
        });
    }

    @Test
    @Tag("mutation-redundant")
    void aClockTwelveSecondsOffWorksButWarns() {
        okx.clockOffset(Duration.ofSeconds(12));
        CheckResult result = check(okx.add(boundTradingKey()));
        assertThat(result.ok()).isTrue();
        assertThat(result.clockSkewMs()).isBetween(-13_000L, -11_000L);
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.id()).isEqualTo(ProblemId.CLOCK_SKEW);
            assertThat(problem.severity()).isEqualTo(Severity.WARNING);
            assertThat(problem.message()).contains("12 seconds behind");
        });
    }

    @Test
    void aSkewedClockThatOkxAlsoRefusesForIsOneProblemNotTwo() {
        okx.clockOffset(Duration.ofSeconds(12));
        for (String path : List.of(OkxClient.ACCOUNT_CONFIG_PATH, OkxClient.ACCOUNT_BALANCE_PATH,
                OkxClient.ASSET_BALANCES_PATH)) {
            okx.failAlways(path, FakeOkxServer.Fault.okxError(401, "50102", "Timestamp request expired"));
        }
        CheckResult result = check(okx.add(boundTradingKey()));
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.id()).isEqualTo(ProblemId.CLOCK_SKEW);
            assertThat(problem.message()).contains("12 seconds behind");
        });
    }

    @Test
    void aClockBeyondOkxsThirtySecondsIsCompensatedButAnError() {
        okx.clockOffset(Duration.ofSeconds(-45));
        CheckResult result = check(okx.add(boundTradingKey()));
        assertThat(result.account()).isNotNull();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.id()).isEqualTo(ProblemId.CLOCK_SKEW);
            assertThat(problem.severity()).isEqualTo(Severity.ERROR);
            assertThat(problem.message()).contains("45 seconds ahead");
        });
    }

    @Test
    @Tag("mutation-redundant")
    void aTradingBotKeyThatCannotTradeMissesAPermission() {
        CheckResult result = check(okx.add(FakeKey.builder().perm("read_only").ips("127.0.0.1")));
        assertThat(result.problemIds()).containsExactly("PERMISSION_MISSING");
        assertThat(result.ok()).isFalse();
    }

    @Test
    void aReadOnlyToolWithTradeHasTooMuchPermission() {
        FakeKey key = okx.add(boundTradingKey());
        CheckResult result = check(key, Purpose.READ_ONLY, Environment.LIVE, Region.GLOBAL, key.label());
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.id()).isEqualTo(ProblemId.PERMISSION_EXCESS);
            assertThat(problem.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(result.ok()).isTrue();
    }

    @Test
    @Tag("mutation-redundant")
    void withdrawIsAlwaysAnErrorWhateverThePurpose() {
        FakeKey key = okx.add(FakeKey.builder().perm("read_only,withdraw").ips("127.0.0.1"));
        CheckResult result = check(key, Purpose.READ_ONLY, Environment.LIVE, Region.GLOBAL, key.label());
        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).first().satisfies(problem -> {
            assertThat(problem.id()).isEqualTo(ProblemId.WITHDRAW_ENABLED);
            assertThat(problem.message()).startsWith("This key can withdraw funds");
        });
    }

    @Test
    void anUnboundTradeKeyWarnsOfTheDayOkxDeletesIt() {
        CheckResult result = check(okx.add(FakeKey.builder().perm("read_only,trade")));
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.id()).isEqualTo(ProblemId.NO_IP_BINDING);
            assertThat(problem.severity()).isEqualTo(Severity.WARNING);
            assertThat(problem.message()).contains("15 March 2026");
        });
        assertThat(result.summary()).isEqualTo("Works. Read + Trade, not bound to an IP. 1 warning.");
    }

    @Test
    @Tag("mutation-redundant")
    void anUnboundReadOnlyOrDemoKeyGetsOnlyANote() {
        FakeKey readOnly = okx.add(FakeKey.builder().perm("read_only"));
        FakeKey demo = okx.add(FakeKey.builder().demo(true));
        assertThat(check(readOnly, Purpose.READ_ONLY, Environment.LIVE, Region.GLOBAL, readOnly.label()).problems())
                .singleElement().extracting(Problem::severity).isEqualTo(Severity.INFO);
        assertThat(check(demo).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.id()).isEqualTo(ProblemId.NO_IP_BINDING);
            assertThat(problem.severity()).isEqualTo(Severity.INFO);
        });
    }

    @Test
    void labelsAreComparedByLettersAndDigitsOnly() {
        FakeKey key = okx.add(boundTradingKey().label("GridBot1"));
        assertThat(check(key, Purpose.TRADING, Environment.LIVE, Region.GLOBAL, "Grid bot 1").problems()).isEmpty();
        CheckResult renamed = check(key, Purpose.TRADING, Environment.LIVE, Region.GLOBAL, "Trend rider");
        assertThat(renamed.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.id()).isEqualTo(ProblemId.LABEL_MISMATCH);
            assertThat(problem.severity()).isEqualTo(Severity.INFO);
            assertThat(problem.message()).contains("\"GridBot1\"").contains("\"Trend rider\"");
        });
    }

    @Test
    void anEmptyTradingAccountWithFundingAssetsSaysTransferFirst() {
        CheckResult result = check(okx.add(boundTradingKey().funding("USDT", "500").funding("ETH", "1")));
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.id()).isEqualTo(ProblemId.FUNDS_IN_FUNDING);
            assertThat(problem.message()).contains("USDT, ETH");
        });
        assertThat(result.ok()).isTrue();
    }

    @Test
    void storedValuesWithSpacesAreWarnedAboutAndExplainTheFailure() {
        FakeKey key = okx.add(boundTradingKey());
        try (Credentials paddedSecret = new Credentials(Secret.ofString(key.apiKey()),
                Secret.ofString(key.secretKey() + " "), Secret.ofString(key.passphrase()))) {
            CheckResult result = checker.check(new CheckTarget(key.label(), Purpose.TRADING, Environment.LIVE,
                    Region.GLOBAL, okx.baseUrl(), paddedSecret, null));
            assertThat(result.problemIds()).containsExactly("AUTH_BAD_SIGNATURE", "INPUT_WHITESPACE");
            assertThat(result.problems().get(1).message()).contains("secret key starts or ends with a space");
        }
        // HTTP drops spaces around header values, so a padded API key still works here; other tools may
        // not be so forgiving, hence the warning.
        try (Credentials paddedKey = new Credentials(Secret.ofString(" " + key.apiKey()),
                Secret.ofString(key.secretKey()), Secret.ofString(key.passphrase()))) {
            CheckResult result = checker.check(new CheckTarget(key.label(), Purpose.TRADING, Environment.LIVE,
                    Region.GLOBAL, okx.baseUrl(), paddedKey, null));
            assertThat(result.ok()).isTrue();
            assertThat(result.problemIds()).containsExactly("INPUT_WHITESPACE");
        }
    }

    @Test
    @Tag("mutation-redundant")
    void theCallersCredentialsStayIntactAndNoSecretLeavesInRequestsOrResults() {
        FakeKey key = okx.add(FakeKey.builder().perm("read_only,trade,withdraw").funding("USDT", "5"));
        CheckResult result;
        try (Credentials credentials = credentialsOf(key)) {
            result = checker.check(new CheckTarget("bot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL, okx.baseUrl(),
                    credentials, null));
            assertThat(credentials.secretKey().reveal()).isEqualTo(key.secretKey());
            assertThat(credentials.toString()).doesNotContain(key.apiKey());
        }
        assertThat(okx.requests()).isNotEmpty().allSatisfy(request ->
                assertThat(request.wireText()).doesNotContainIgnoringCase(key.secretKey()));
        String everythingShown = result.toJson() + result.summary() + result;
        assertThat(everythingShown).doesNotContain(key.secretKey()).doesNotContain(key.passphrase())
                .doesNotContain(key.apiKey());
    }

    @Test
    void checkingManyKeysReadsTheClockOnceAndBreaksNoRateLimit() {
        List<FakeKey> keys = IntStream.range(0, 12).mapToObj(i -> okx.add(boundTradingKey().label("bot" + i))).toList();
        List<Credentials> credentials = keys.stream().map(KeyCheckerTest::credentialsOf).toList();
        try {
            List<CheckTarget> targets = IntStream.range(0, keys.size())
                    .mapToObj(i -> new CheckTarget("bot" + i, Purpose.TRADING, Environment.LIVE, Region.GLOBAL,
                            okx.baseUrl(), credentials.get(i), null))
                    .toList();
            List<CheckResult> results = checker.checkAll(targets);
            assertThat(results).allMatch(CheckResult::ok);
            assertThat(results).extracting(result -> result.account().uid())
                    .containsExactlyElementsOf(keys.stream().map(FakeKey::uid).toList());
        } finally {
            credentials.forEach(Credentials::close);
        }
        assertThat(okx.requestCount(OkxClient.TIME_PATH)).isEqualTo(1);
        assertThat(okx.rateLimitRejections()).isZero();
    }
}
