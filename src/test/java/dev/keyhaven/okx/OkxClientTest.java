package dev.keyhaven.okx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.Version;
import dev.keyhaven.okx.FakeOkxServer.Fault;
import dev.keyhaven.okx.OkxException.Kind;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The client against a real HTTP server on loopback that checks requests like OKX. */
class OkxClientTest {

    private final FakeOkxServer okx = FakeOkxServer.start();
    private OkxClient client = fastClient(Clock.systemUTC());

    private static OkxClient fastClient(Clock clock) {
        // A generous timeout, so a loaded machine (a mutation run) fails no test; the silent server's test shortens it.
        return OkxClient.builder()
                .callTimeout(Duration.ofSeconds(10))
                .localClock(clock)
                .rateLimitWaits(Duration.ofMillis(50), Duration.ofMillis(100))
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        okx.close();
    }

    private OkxEndpoint live() {
        return new OkxEndpoint(OkxBaseUrl.parse(okx.baseUrl()), Environment.LIVE);
    }

    private OkxEndpoint demo() {
        return new OkxEndpoint(OkxBaseUrl.parse(okx.baseUrl()), Environment.DEMO);
    }

    @Test
    void readsConfigAndBalancesOfAGoodKeyIgnoringUnknownFields() throws Exception {
        FakeKey key = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1").uid("111").mainUid("222")
                .acctLv(3).label("gridbot").trading("USDT", "1500.5", "1500.5").funding("BTC", "0.25"));
        try (Credentials credentials = key.credentials()) {
            AccountConfig config = client.accountConfig(live(), credentials);
            assertThat(config.permissions()).isEqualTo(new Permissions(true, true, false));
            assertThat(config.ips()).containsExactly("127.0.0.1");
            assertThat(config.uid()).isEqualTo("111");
            assertThat(config.subAccount()).isTrue();
            assertThat(config.acctLvName()).isEqualTo("Multi-currency margin mode");
            assertThat(config.label()).isEqualTo("gridbot");

            TradingBalance trading = client.tradingBalance(live(), credentials);
            assertThat(trading.totalEq()).isEqualByComparingTo("1500.5");
            assertThat(trading.details()).singleElement().satisfies(detail -> {
                assertThat(detail.ccy()).isEqualTo("USDT");
                assertThat(detail.eqUsd()).isEqualByComparingTo("1500.5");
            });
            assertThat(client.fundingBalances(live(), credentials))
                    .containsExactly(new FundingBalance("BTC", new BigDecimal("0.25"), new BigDecimal("0.25"), BigDecimal.ZERO));
        }
    }

    @Test
    void forgetConnectionsClosesTheConnectionsThatCarriedTheKeyHeaders() throws Exception {
        FakeKey key = okx.add(FakeKey.builder());
        try (Credentials credentials = key.credentials()) {
            client.accountConfig(live(), credentials);
        }
        assertThat(client.pooledConnections()).as("kept alive for the next check").isPositive();

        client.forgetConnections();

        assertThat(client.pooledConnections()).isZero();
    }

    @Test
    void sendsTheUserAgentAndTheDemoHeaderOnlyForDemo() throws Exception {
        FakeKey demoKey = okx.add(FakeKey.builder().demo(true));
        FakeKey liveKey = okx.add(FakeKey.builder());
        try (Credentials demoCredentials = demoKey.credentials(); Credentials liveCredentials = liveKey.credentials()) {
            client.accountConfig(demo(), demoCredentials);
            client.accountConfig(live(), liveCredentials);
        }
        List<FakeOkxServer.RecordedRequest> requests = okx.requests();
        assertThat(requests).allSatisfy(request -> assertThat(request.header("User-Agent")).isEqualTo(Version.userAgent()));
        assertThat(requests.get(0).header(OkxClient.DEMO_HEADER)).isEqualTo("1");
        assertThat(requests.get(1).header(OkxClient.DEMO_HEADER)).isNull();
    }

    @Test
    void aDemoKeyOnLiveIsRefusedAsWrongEnvironment() {
        FakeKey demoKey = okx.add(FakeKey.builder().demo(true));
        assertRefused(() -> {
            try (Credentials credentials = demoKey.credentials()) {
                client.accountConfig(live(), credentials);
            }
        }, OkxErrorCodes.WRONG_ENVIRONMENT, 401);
    }

    @Test
    void clockOffsetIsEstimatedFromHalfTheRoundTrip() throws Exception {
        okx.clockOffset(Duration.ofSeconds(-90));
        okx.latency(Duration.ofMillis(60));
        ClockSync sync = client.clock(OkxBaseUrl.parse(okx.baseUrl())).sync(Duration.ofMinutes(1));
        assertThat(sync.roundTrip()).isGreaterThanOrEqualTo(Duration.ofMillis(60));
        assertThat(sync.offsetMillis()).isBetween(-90_000L - 100, -90_000L + 100);
    }

    @Test
    void aSecondSyncWithinTheMaximumAgeReusesTheReading() throws Exception {
        ServerClock clock = client.clock(OkxBaseUrl.parse(okx.baseUrl()));
        clock.sync(Duration.ofMinutes(1));
        clock.sync(Duration.ofMinutes(1));
        assertThat(client.clock(OkxBaseUrl.parse(okx.baseUrl() + "/"))).isSameAs(clock);
        assertThat(okx.requestCount(OkxClient.TIME_PATH)).isEqualTo(1);
    }

    @Test
    void anExpiredTimestampResyncsTheClockAndRetriesOnce() throws Exception {
        okx.clockOffset(Duration.ofMinutes(5));
        FakeKey key = okx.add(FakeKey.builder());
        try (Credentials credentials = key.credentials()) {
            assertThat(client.accountConfig(live(), credentials).uid()).isEqualTo(key.uid());
        }
        assertThat(okx.requests()).extracting(FakeOkxServer.RecordedRequest::path)
                .containsExactly(OkxClient.ACCOUNT_CONFIG_PATH, OkxClient.TIME_PATH, OkxClient.ACCOUNT_CONFIG_PATH);
    }

    @Test
    void aTimestampThatStaysExpiredIsRetriedOnlyOnce() {
        FakeKey key = okx.add(FakeKey.builder());
        okx.failAlways(OkxClient.ACCOUNT_CONFIG_PATH, Fault.okxError(401, "50102", "Timestamp request expired"));
        assertRefused(() -> {
            try (Credentials credentials = key.credentials()) {
                client.accountConfig(live(), credentials);
            }
        }, OkxErrorCodes.TIMESTAMP_EXPIRED, 401);
        assertThat(okx.requestCount(OkxClient.ACCOUNT_CONFIG_PATH)).isEqualTo(2);
        assertThat(okx.requestCount(OkxClient.TIME_PATH)).isEqualTo(1);
    }

    @Test
    void anEndpointTimeoutIsRetriedOnceAndTheSecondAnswerCounts() throws Exception {
        FakeKey key = okx.add(FakeKey.builder());
        OkxRefusals.timeOutOnce(okx, OkxClient.ACCOUNT_CONFIG_PATH);
        try (Credentials credentials = key.credentials()) {
            assertThat(client.accountConfig(live(), credentials).uid()).isEqualTo(key.uid());
        }
        assertThat(okx.requestCount(OkxClient.ACCOUNT_CONFIG_PATH)).isEqualTo(2);
    }

    @Test
    void anEndpointTimeoutThatRepeatsIsRetriedOnlyOnceAndIsOkxsTrouble() {
        FakeKey key = okx.add(FakeKey.builder());
        okx.failAlways(OkxClient.ACCOUNT_CONFIG_PATH, OkxRefusals.refusal(OkxErrorCodes.ENDPOINT_TIMEOUT));
        assertThatThrownBy(() -> {
            try (Credentials credentials = key.credentials()) {
                client.accountConfig(live(), credentials);
            }
        }).isInstanceOfSatisfying(OkxException.class, failure -> {
            assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
            assertThat(failure.okxCode()).contains("50004");
        });
        assertThat(okx.requestCount(OkxClient.ACCOUNT_CONFIG_PATH)).isEqualTo(2);
    }

    @Test
    void otherRefusalsAreNotRetriedLikeATimeout() {
        FakeKey key = okx.add(FakeKey.builder());
        okx.failAlways(OkxClient.ACCOUNT_CONFIG_PATH, OkxRefusals.refusal(OkxErrorCodes.NO_API_PERMISSION));
        assertRefused(() -> {
            try (Credentials credentials = key.credentials()) {
                client.accountConfig(live(), credentials);
            }
        }, OkxErrorCodes.NO_API_PERMISSION, 200);
        assertThat(okx.requestCount(OkxClient.ACCOUNT_CONFIG_PATH)).isEqualTo(1);
    }

    @Test
    void authenticationFailuresAreNeverRetried() {
        FakeKey key = okx.add(FakeKey.builder());
        try (Credentials wrongSecret = new Credentials(Secret.ofString(key.apiKey()),
                Secret.ofString(key.secretKey().substring(0, 31)), Secret.ofString(key.passphrase()))) {
            assertRefused(() -> client.accountConfig(live(), wrongSecret), OkxErrorCodes.INVALID_SIGNATURE, 401);
        }
        try (Credentials wrongPassphrase = new Credentials(Secret.ofString(key.apiKey()),
                Secret.ofString(key.secretKey()), Secret.ofString(key.passphrase().toLowerCase()))) {
            assertRefused(() -> client.accountConfig(live(), wrongPassphrase), OkxErrorCodes.WRONG_PASSPHRASE, 401);
        }
        try (Credentials unknown = FakeKey.builder().build().credentials()) {
            assertRefused(() -> client.accountConfig(live(), unknown), OkxErrorCodes.INVALID_KEY, 401);
        }
        assertThat(okx.requestCount(OkxClient.ACCOUNT_CONFIG_PATH)).isEqualTo(3);
        assertThat(okx.requestCount(OkxClient.TIME_PATH)).isZero();
    }

    @Test
    void aKeyOfAnotherRegionIsAnsweredKeyDoesNotExist() {
        FakeKey eeaKey = okx.add(FakeKey.builder().region(Region.EEA));
        assertRefused(() -> {
            try (Credentials credentials = eeaKey.credentials()) {
                client.accountConfig(live(), credentials);
            }
        }, OkxErrorCodes.KEY_DOES_NOT_EXIST, 401);
    }

    @Test
    void rateLimitsAreWaitedOutAndRetried() throws Exception {
        FakeKey key = okx.add(FakeKey.builder());
        okx.failNext(OkxClient.ACCOUNT_CONFIG_PATH, 1, Fault.rateLimited());
        okx.failNext(OkxClient.ACCOUNT_CONFIG_PATH, 1, Fault.okxError(200, "50011", "Too Many Requests"));
        try (Credentials credentials = key.credentials()) {
            assertThat(client.accountConfig(live(), credentials).uid()).isEqualTo(key.uid());
        }
        assertThat(okx.requestCount(OkxClient.ACCOUNT_CONFIG_PATH)).isEqualTo(3);
    }

    @Test
    void aRateLimitThatPersistsEndsAsRateLimited() {
        okx.failAlways(OkxClient.TIME_PATH, Fault.rateLimited());
        assertFailure(() -> client.clock(OkxBaseUrl.parse(okx.baseUrl())).sync(Duration.ZERO), Kind.RATE_LIMITED);
        assertThat(okx.requestCount(OkxClient.TIME_PATH)).isEqualTo(3);
    }

    @Test
    void theRealRateLimitOfTheFakeExchangeIsHonoured() throws Exception {
        FakeKey key = okx.add(FakeKey.builder());
        try (Credentials credentials = key.credentials()) {
            for (int i = 0; i < 5; i++) {
                client.accountConfig(live(), credentials);
            }
            OkxClient impatient = OkxClient.builder().rateLimitWaits().build();
            try {
                assertFailure(() -> impatient.accountConfig(live(), credentials), Kind.RATE_LIMITED);
            } finally {
                impatient.close();
            }
        }
    }

    @Test
    void aProxysHtmlPageIsNotJson() {
        okx.failAlways(OkxClient.TIME_PATH, Fault.html(403));
        assertFailure(() -> client.clock(OkxBaseUrl.parse(okx.baseUrl())).resync(), Kind.NOT_JSON);
    }

    @Test
    void anAnswerLargerThanOneMebibyteIsRefusedUnread() {
        String padding = " ".repeat((int) OkxClient.MAX_BODY_BYTES);
        okx.failAlways(OkxClient.TIME_PATH, Fault.json(200,
                "{\"code\":\"0\",\"msg\":\"\",\"data\":[{\"ts\":\"1597026383085\"}]}" + padding));

        assertThatThrownBy(() -> client.clock(OkxBaseUrl.parse(okx.baseUrl())).resync())
                .isInstanceOfSatisfying(OkxException.class, failure -> assertThat(failure.kind()).isEqualTo(Kind.NOT_JSON))
                .hasMessageContaining("larger than 1 MiB");
    }

    @Test
    void serverErrorsMeanUnavailableWhateverTheBody() {
        okx.failNext(OkxClient.TIME_PATH, 1, Fault.html(502));
        okx.failNext(OkxClient.TIME_PATH, 1, Fault.json(500, "{}"));
        okx.failNext(OkxClient.TIME_PATH, 1, Fault.okxError(503, "50001", "Service temporarily unavailable"));
        ServerClock clock = client.clock(OkxBaseUrl.parse(okx.baseUrl()));
        assertFailure(clock::resync, Kind.UNAVAILABLE);
        assertFailure(clock::resync, Kind.UNAVAILABLE);
        assertFailure(clock::resync, Kind.UNAVAILABLE);
    }

    @Test
    void missingOrEmptyDataIsMissingData() {
        FakeKey key = okx.add(FakeKey.builder());
        okx.failNext(OkxClient.ACCOUNT_CONFIG_PATH, 1, Fault.missingData());
        okx.failNext(OkxClient.ACCOUNT_CONFIG_PATH, 1, Fault.emptyData());
        okx.failNext(OkxClient.ACCOUNT_CONFIG_PATH, 1, Fault.json(200, "{\"code\":\"0\",\"data\":[{\"uid\":\"1\"}]}"));
        okx.failNext(OkxClient.ACCOUNT_BALANCE_PATH, 1,
                Fault.json(200, "{\"code\":\"0\",\"data\":[{\"totalEq\":\"lots\"}]}"));
        try (Credentials credentials = key.credentials()) {
            assertFailure(() -> client.accountConfig(live(), credentials), Kind.MISSING_DATA);
            assertFailure(() -> client.accountConfig(live(), credentials), Kind.MISSING_DATA);
            assertFailure(() -> client.accountConfig(live(), credentials), Kind.MISSING_DATA);
            assertFailure(() -> client.tradingBalance(live(), credentials), Kind.MISSING_DATA);
        }
    }

    @Test
    void emptyBalanceArraysAreEmptyAccountsNotErrors() throws Exception {
        FakeKey key = okx.add(FakeKey.builder());
        okx.failNext(OkxClient.ACCOUNT_BALANCE_PATH, 1, Fault.emptyData());
        try (Credentials credentials = key.credentials()) {
            assertThat(client.tradingBalance(live(), credentials).isEmpty()).isTrue();
            assertThat(client.fundingBalances(live(), credentials)).isEmpty();
        }
    }

    @Test
    @Tag("slow")
    void aSilentServerTimesOut() {
        client.close();
        client = OkxClient.builder().callTimeout(Duration.ofMillis(800)).build();
        okx.failAlways(OkxClient.TIME_PATH, Fault.silence(Duration.ofSeconds(3)));
        assertFailure(() -> client.clock(OkxBaseUrl.parse(okx.baseUrl())).resync(), Kind.TIMEOUT);
    }

    @Test
    void aRefusedConnectionIsUnreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        assertFailure(() -> client.clock(OkxBaseUrl.parse("http://127.0.0.1:" + closedPort)).resync(), Kind.UNREACHABLE);
    }

    @Test
    void aValueThatCannotTravelInAHeaderIsStoppedBeforeSendingAndNotQuoted() {
        FakeKey key = okx.add(FakeKey.builder());
        String pastedWithNewline = key.passphrase() + "\n";
        try (Credentials credentials = new Credentials(Secret.ofString(key.apiKey()),
                Secret.ofString(key.secretKey()), Secret.ofString(pastedWithNewline))) {
            assertThatThrownBy(() -> client.accountConfig(live(), credentials))
                    .isInstanceOfSatisfying(OkxException.class, failure -> {
                        assertThat(failure.kind()).isEqualTo(Kind.UNSENDABLE_VALUE);
                        assertThat(failure.credentialField()).contains(OkxException.CredentialField.PASSPHRASE);
                    })
                    .message().doesNotContain(key.passphrase());
        }
        assertThat(okx.requests()).isEmpty();
    }

    @Test
    void noCredentialButTheApiKeyAndPassphraseHeadersEverTravels() throws Exception {
        FakeKey key = okx.add(FakeKey.builder().funding("USDT", "10"));
        try (Credentials credentials = key.credentials()) {
            client.accountConfig(live(), credentials);
            client.tradingBalance(live(), credentials);
            client.fundingBalances(live(), credentials);
        }
        for (FakeOkxServer.RecordedRequest request : okx.requests()) {
            assertThat(request.wireText()).doesNotContain(key.secretKey()).doesNotContainIgnoringCase(key.secretKey());
            assertThat(request.pathAndQuery() + request.body()).doesNotContain(key.apiKey()).doesNotContain(key.passphrase());
        }
    }

    private static void assertRefused(ThrowingCallable call, String code, int status) {
        assertThatThrownBy(call).isInstanceOfSatisfying(OkxException.class, failure -> {
            assertThat(failure.kind()).isEqualTo(Kind.REJECTED);
            assertThat(failure.okxCode()).contains(code);
            assertThat(failure.httpStatus()).isEqualTo(status);
        });
    }

    private static void assertFailure(ThrowingCallable call, Kind kind) {
        assertThatThrownBy(call).isInstanceOfSatisfying(OkxException.class,
                failure -> assertThat(failure.kind()).isEqualTo(kind));
    }
}
