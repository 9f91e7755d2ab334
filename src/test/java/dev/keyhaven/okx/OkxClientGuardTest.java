package dev.keyhaven.okx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.keyhaven.okx.FakeOkxServer.Fault;
import dev.keyhaven.okx.OkxException.CredentialField;
import dev.keyhaven.okx.OkxException.Kind;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The client's guards: what it refuses to send, how it reads odd answers, how it backs off. */
class OkxClientGuardTest {

    private static final Duration WAIT = Duration.ofMillis(300);

    private final FakeOkxServer okx = FakeOkxServer.start();
    private final OkxClient client = OkxClient.builder()
            .connectTimeout(Duration.ofSeconds(2))
            .callTimeout(Duration.ofSeconds(2))
            .rateLimitWaits(WAIT)
            .build();

    @AfterEach
    void stop() {
        client.close();
        okx.close();
    }

    private OkxEndpoint live() {
        return new OkxEndpoint(OkxBaseUrl.parse(okx.baseUrl()), Environment.LIVE);
    }

    private ServerClock clock() {
        return client.clock(OkxBaseUrl.parse(okx.baseUrl()));
    }

    @ParameterizedTest(name = "API key with {0}")
    @ValueSource(strings = {"\u00e9", "\u007f", "\n", "\u001f", "\u0080", "\u2028"})
    void anApiKeyOkHttpWouldQuoteInItsErrorIsStoppedAndNamedNotQuoted(String odd) {
        FakeKey key = okx.add(FakeKey.builder());
        String apiKey = key.apiKey() + odd;
        try (Credentials credentials = new Credentials(Secret.ofString(apiKey), Secret.ofString(key.secretKey()),
                Secret.ofString(key.passphrase()))) {
            assertThatThrownBy(() -> client.accountConfig(live(), credentials))
                    .isInstanceOfSatisfying(OkxException.class, failure -> {
                        assertThat(failure.kind()).isEqualTo(Kind.UNSENDABLE_VALUE);
                        assertThat(failure.credentialField()).contains(CredentialField.API_KEY);
                        assertThat(failure.getCause()).isNull();
                    })
                    .hasMessageStartingWith("The API key contains")
                    .message().doesNotContain(key.apiKey());
        }
        assertThat(okx.requests()).isEmpty();
    }

    @Test
    void aPassphraseWithANonAsciiLetterIsStoppedAndNamed() {
        FakeKey key = okx.add(FakeKey.builder());
        try (Credentials credentials = new Credentials(Secret.ofString(key.apiKey()), Secret.ofString(key.secretKey()),
                Secret.ofString(key.passphrase() + "\u00fc"))) {
            assertThatThrownBy(() -> client.accountConfig(live(), credentials))
                    .isInstanceOfSatisfying(OkxException.class, failure ->
                            assertThat(failure.credentialField()).contains(CredentialField.PASSPHRASE))
                    .hasMessageStartingWith("The passphrase contains")
                    .message().doesNotContain(key.passphrase());
        }
        assertThat(okx.requests()).isEmpty();
    }

    @Test
    void theFirstAndLastPrintableCharactersTravel() throws Exception {
        FakeKey key = okx.add(FakeKey.builder().apiKey("key ~with-edges").passphrase("Pass ~word1!"));
        try (Credentials credentials = key.credentials()) {
            assertThat(client.accountConfig(live(), credentials).uid()).isEqualTo(key.uid());
        }
        assertThat(okx.requests()).singleElement()
                .satisfies(request -> assertThat(request.header("OK-ACCESS-KEY")).isEqualTo("key ~with-edges"));
    }

    @Test
    void anEmptySecretKeyIsStoppedBeforeSending() {
        FakeKey key = okx.add(FakeKey.builder());
        try (Credentials credentials = new Credentials(Secret.ofString(key.apiKey()), Secret.empty(),
                Secret.ofString(key.passphrase()))) {
            assertThatThrownBy(() -> client.accountConfig(live(), credentials))
                    .isInstanceOfSatisfying(OkxException.class, failure -> {
                        assertThat(failure.kind()).isEqualTo(Kind.UNSENDABLE_VALUE);
                        assertThat(failure.credentialField()).contains(CredentialField.SECRET_KEY);
                    });
        }
        assertThat(okx.requests()).isEmpty();
    }

    @Test
    void a429WithoutOkxsJsonIsWaitedOutAndRetried() throws Exception {
        FakeKey key = okx.add(FakeKey.builder());
        okx.failNext(OkxClient.ACCOUNT_CONFIG_PATH, 1, Fault.html(429));
        long started = System.nanoTime();
        try (Credentials credentials = key.credentials()) {
            assertThat(client.accountConfig(live(), credentials).uid()).isEqualTo(key.uid());
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("backed off before the retry")
                .isGreaterThanOrEqualTo(WAIT);
        assertThat(okx.requestCount(OkxClient.ACCOUNT_CONFIG_PATH)).isEqualTo(2);
    }

    @Test
    @Tag("slow")
    void a429ThatPersistsIsRateLimitedNotSomethingElse() {
        okx.failAlways(OkxClient.TIME_PATH, Fault.html(429));
        long started = System.nanoTime();
        assertFailure(() -> clock().resync(), Kind.RATE_LIMITED);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(WAIT);
        assertThat(okx.requestCount(OkxClient.TIME_PATH)).isEqualTo(2);
    }

    @Test
    void aLongerWaitThanOkxsLongestRateWindowIsCutToIt() throws Exception {
        okx.failNext(OkxClient.TIME_PATH, 1, Fault.html(429));
        try (OkxClient overlyPatient = OkxClient.builder().rateLimitWaits(Duration.ofMinutes(5)).build()) {
            long started = System.nanoTime();
            assertThat(overlyPatient.clock(OkxBaseUrl.parse(okx.baseUrl())).resync()).isNotNull();
            // The wait is cut to the 2 s window; the generous upper bound only tells it from five minutes.
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofSeconds(2),
                    Duration.ofSeconds(60));
        }
    }

    @Test
    @Tag("slow")
    void aRateLimitCodeOnTheTimeRequestIsWaitedOut() throws Exception {
        okx.failNext(OkxClient.TIME_PATH, 1, Fault.rateLimited());
        long started = System.nanoTime();
        assertThat(clock().resync()).isNotNull();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(WAIT);
    }

    @Test
    void aBusyCodeIsUnavailableAndAnyOtherCodeIsRejected() {
        okx.failNext(OkxClient.TIME_PATH, 1, Fault.okxError(200, "50013", "System busy"));
        okx.failNext(OkxClient.TIME_PATH, 1, Fault.okxError(200, "50026", "System error"));
        okx.failNext(OkxClient.TIME_PATH, 1, Fault.okxError(200, "51000", "Parameter error"));
        assertFailure(() -> clock().resync(), Kind.UNAVAILABLE);
        assertFailure(() -> clock().resync(), Kind.UNAVAILABLE);
        assertThatThrownBy(() -> clock().resync()).isInstanceOfSatisfying(OkxException.class, failure -> {
            assertThat(failure.kind()).isEqualTo(Kind.REJECTED);
            assertThat(failure.okxCode()).contains("51000");
            assertThat(failure.okxMessage()).contains("Parameter error");
            assertThat(failure.httpStatus()).isEqualTo(200);
        }).hasMessage("OKX refused the request with code 51000.");
    }

    @Test
    void answersWithoutOkxsEnvelopeAreToldApart() {
        okx.failNext(OkxClient.TIME_PATH, 1, Fault.html(499));
        okx.failNext(OkxClient.TIME_PATH, 1, Fault.json(200, "[1,2]"));
        okx.failNext(OkxClient.TIME_PATH, 1, Fault.json(200, "{\"msg\":\"\"}"));
        okx.failNext(OkxClient.TIME_PATH, 1, Fault.json(200, "{\"code\":null,\"data\":[]}"));
        okx.failNext(OkxClient.TIME_PATH, 1, Fault.json(500, "<html>oops</html>"));
        assertFailure(() -> clock().resync(), Kind.NOT_JSON);
        assertFailure(() -> clock().resync(), Kind.MISSING_DATA);
        assertFailure(() -> clock().resync(), Kind.MISSING_DATA);
        assertFailure(() -> clock().resync(), Kind.MISSING_DATA);
        assertFailure(() -> clock().resync(), Kind.UNAVAILABLE);
    }

    @Test
    void dataThatIsNotAListIsMissingData() {
        FakeKey key = okx.add(FakeKey.builder());
        okx.failNext(OkxClient.ACCOUNT_BALANCE_PATH, 1, Fault.json(200, "{\"code\":\"0\",\"data\":{\"totalEq\":\"1\"}}"));
        try (Credentials credentials = key.credentials()) {
            assertFailure(() -> client.tradingBalance(live(), credentials), Kind.MISSING_DATA);
        }
    }

    @Test
    void aTimeAnswerWithoutAUsableTimeIsMissingData() {
        okx.failNext(OkxClient.TIME_PATH, 1, Fault.emptyData());
        okx.failNext(OkxClient.TIME_PATH, 1, Fault.json(200, "{\"code\":\"0\",\"data\":[{\"ts\":\"soon\"}]}"));
        okx.failNext(OkxClient.TIME_PATH, 1, Fault.json(200, "{\"code\":\"0\",\"data\":[{\"ts\":\"1234567890123456\"}]}"));
        assertFailure(() -> clock().resync(), Kind.MISSING_DATA);
        assertFailure(() -> clock().resync(), Kind.MISSING_DATA);
        assertFailure(() -> clock().resync(), Kind.MISSING_DATA);
    }

    @Test
    void anAnswerOfExactlyTheLimitIsRead() throws Exception {
        String json = "{\"code\":\"0\",\"msg\":\"\",\"data\":[{\"ts\":\"1597026383085\"}]}";
        okx.failNext(OkxClient.TIME_PATH, 1, Fault.json(200, json + " ".repeat((int) OkxClient.MAX_BODY_BYTES - json.length())));
        assertThat(clock().resync().offsetMillis()).isNegative();
    }

    @Test
    void aLargeAnswerWithoutALengthIsRefusedUnread() throws Exception {
        HttpServer chunked = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        chunked.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("{\"code\":\"0\",\"msg\":\"\",\"data\":[{\"ts\":\"1597026383085\"}]}".getBytes(StandardCharsets.UTF_8));
                out.write(new byte[(int) OkxClient.MAX_BODY_BYTES]);
            } catch (java.io.IOException closedByClient) {
                // The client stops reading at the limit.
            }
        });
        chunked.start();
        try {
            OkxBaseUrl url = OkxBaseUrl.parse("http://127.0.0.1:" + chunked.getAddress().getPort());
            assertThatThrownBy(() -> client.clock(url).resync())
                    .isInstanceOfSatisfying(OkxException.class, failure -> assertThat(failure.kind()).isEqualTo(Kind.NOT_JSON))
                    .hasMessageContaining("larger than 1 MiB");
        } finally {
            chunked.stop(0);
        }
    }

    @Test
    void anInterruptedBackOffIsCancelledAndKeepsTheInterrupt() throws Exception {
        okx.failAlways(OkxClient.TIME_PATH, Fault.html(429));
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
        OkxClient patient = OkxClient.builder().rateLimitWaits(Duration.ofSeconds(2)).build();
        Thread caller = new Thread(() -> {
            try {
                patient.clock(OkxBaseUrl.parse(okx.baseUrl())).resync();
            } catch (OkxException e) {
                failure.set(e);
            }
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        try {
            caller.start();
            // Interrupted once it sleeps in the back-off (or has ended), not after a guessed time: a loaded machine
            // could otherwise wait out the whole back-off first.
            while (okx.requestCount(OkxClient.TIME_PATH) == 0
                    || caller.isAlive() && caller.getState() != Thread.State.TIMED_WAITING) {
                Thread.sleep(5);
            }
            caller.interrupt();
            caller.join(5000);
        } finally {
            patient.close();
        }
        assertThat(failure.get()).isInstanceOfSatisfying(OkxException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
            assertThat(e.getMessage()).isEqualTo("The request to OKX was cancelled.");
        });
        assertThat(stillInterrupted.get()).isTrue();
    }

    @Test
    void closingLetsGoOfTheConnections() throws Exception {
        FakeKey key = okx.add(FakeKey.builder());
        try (OkxClient standard = OkxClient.create(); Credentials credentials = key.credentials()) {
            standard.accountConfig(live(), credentials);
            assertThat(standard.pooledConnections()).isPositive();
            standard.close();
            assertThat(standard.pooledConnections()).isZero();
        }
    }

    private static void assertFailure(ThrowingCallable call, Kind kind) {
        assertThatThrownBy(call).isInstanceOfSatisfying(OkxException.class,
                failure -> assertThat(failure.kind()).isEqualTo(kind));
    }
}
