package dev.keyhaven.okx;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyhaven.Version;
import dev.keyhaven.okx.OkxException.CredentialField;
import dev.keyhaven.okx.OkxException.Kind;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Talks to OKX's REST API v5: the server clock and the read-only requests a key check needs. One
 * instance serves the whole app; its connections are reused. Thread-safe.
 *
 * <p>Retries are deliberate and few: an expired timestamp (50102) re-syncs the clock and retries once;
 * OKX's endpoint request timeout (50004) is retried once, which is safe because every request here only reads;
 * a rate limit (50011, HTTP 429) waits and retries within the documented windows; an authentication
 * failure is never retried, since repeated failures could get the key locked.
 */
public final class OkxClient implements AutoCloseable {

    public static final String TIME_PATH = "/api/v5/public/time";
    public static final String ACCOUNT_CONFIG_PATH = "/api/v5/account/config";
    public static final String ACCOUNT_BALANCE_PATH = "/api/v5/account/balance";
    public static final String ASSET_BALANCES_PATH = "/api/v5/asset/balances";
    public static final String DEMO_HEADER = "x-simulated-trading";

    /** OKX's answers to these requests are a few kilobytes; a bigger body is read no further. */
    static final long MAX_BODY_BYTES = 1024 * 1024;

    /** The longest rate-limit window of the endpoints used (2 s); waiting longer buys nothing. */
    private static final Duration LONGEST_RATE_WINDOW = Duration.ofSeconds(2);

    private final OkHttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final Clock localClock;
    private final boolean loopbackOnly;
    private final List<Duration> rateLimitWaits;
    private final Map<OkxBaseUrl, ServerClock> clocks = new ConcurrentHashMap<>();

    private OkxClient(Builder builder) {
        this.http = new OkHttpClient.Builder()
                .connectTimeout(builder.connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .callTimeout(builder.callTimeout.toMillis(), TimeUnit.MILLISECONDS)
                // Every request here is a GET that only reads, so OkHttp may send it again on a fresh connection
                // when a pooled one turns out closed by the server. It never repeats a request OKX answered,
                // so an authentication failure is still not retried.
                .retryOnConnectionFailure(true)
                // A redirect could carry the signed headers to another host.
                .followRedirects(false)
                .followSslRedirects(false)
                .build();
        this.loopbackOnly = builder.loopbackOnly;
        this.localClock = builder.localClock;
        this.rateLimitWaits = List.copyOf(builder.rateLimitWaits);
    }

    /** The client the app uses: 5 s to connect, 10 s per call, waits of 1 s then 2 s on a rate limit. */
    public static OkxClient create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The shared estimate of the clock of {@code baseUrl}'s server. */
    public ServerClock clock(OkxBaseUrl baseUrl) {
        return clocks.computeIfAbsent(baseUrl, url -> new ServerClock(() -> readServerTime(url), localClock));
    }

    /** {@code GET /api/v5/account/config}: the account and the calling key's permissions and IPs. */
    public AccountConfig accountConfig(OkxEndpoint endpoint, Credentials credentials) throws OkxException {
        JsonNode data = signedGet(endpoint, credentials, ACCOUNT_CONFIG_PATH);
        if (data.isEmpty()) {
            throw OkxException.of(Kind.MISSING_DATA, "OKX answered the account request with no account in it.", 200);
        }
        return AccountConfig.fromJson(data.get(0));
    }

    /** {@code GET /api/v5/account/balance}: the trading account. */
    public TradingBalance tradingBalance(OkxEndpoint endpoint, Credentials credentials) throws OkxException {
        return TradingBalance.fromJson(signedGet(endpoint, credentials, ACCOUNT_BALANCE_PATH));
    }

    /** {@code GET /api/v5/asset/balances}: the funding account's non-zero currencies. */
    public List<FundingBalance> fundingBalances(OkxEndpoint endpoint, Credentials credentials) throws OkxException {
        return FundingBalance.listFromJson(signedGet(endpoint, credentials, ASSET_BALANCES_PATH));
    }

    private ClockSync readServerTime(OkxBaseUrl baseUrl) throws OkxException {
        int rateLimitRetries = 0;
        while (true) {
            Request request = new Request.Builder().url(baseUrl.resolve(TIME_PATH)).get()
                    .header("User-Agent", Version.userAgent())
                    .header("Accept", "application/json")
                    .build();
            long sent = localClock.millis();
            try {
                JsonNode data = execute(request);
                long received = localClock.millis();
                String ts = data.isEmpty() ? "" : JsonFields.text(data.get(0), "ts");
                if (!ts.matches("\\d{1,15}")) {
                    throw OkxException.of(Kind.MISSING_DATA, "OKX answered the time request without a time.", 200);
                }
                return ClockSync.estimate(Long.parseLong(ts), sent, received);
            } catch (OkxException failure) {
                if (failure.kind() != Kind.RATE_LIMITED || rateLimitRetries >= rateLimitWaits.size()) {
                    throw failure;
                }
                pause(rateLimitWaits.get(rateLimitRetries++));
            }
        }
    }

    private JsonNode signedGet(OkxEndpoint endpoint, Credentials credentials, String requestPath)
            throws OkxException {
        ServerClock clock = clock(endpoint.baseUrl());
        boolean resynced = false;
        boolean timeoutRetried = false;
        int rateLimitRetries = 0;
        while (true) {
            try {
                return execute(signedRequest(endpoint, credentials, requestPath, clock));
            } catch (OkxException failure) {
                String code = failure.okxCode().orElse("");
                if (code.equals(OkxErrorCodes.TIMESTAMP_EXPIRED) && !resynced) {
                    resynced = true;
                    clock.resync();
                } else if (code.equals(OkxErrorCodes.ENDPOINT_TIMEOUT) && !timeoutRetried) {
                    // okx-api.md: 50004 leaves the outcome unknown; these requests only read, so once more is safe.
                    timeoutRetried = true;
                } else if (failure.kind() == Kind.RATE_LIMITED && rateLimitRetries < rateLimitWaits.size()) {
                    pause(rateLimitWaits.get(rateLimitRetries++));
                } else {
                    throw failure;
                }
            }
        }
    }

    /** Builds the request with its credential headers; the header Strings live only as long as the request. */
    private Request signedRequest(OkxEndpoint endpoint, Credentials credentials, String requestPath,
            ServerClock clock) throws OkxException {
        requireSendable(credentials.apiKey(), CredentialField.API_KEY, "API key");
        requireSendable(credentials.passphrase(), CredentialField.PASSPHRASE, "passphrase");
        if (credentials.secretKey().isEmpty()) {
            throw OkxException.unsendable(CredentialField.SECRET_KEY, "The secret key is empty: paste it again from OKX.");
        }
        String timestamp = RequestSigner.timestamp(clock.now());
        Request.Builder request = new Request.Builder().url(endpoint.baseUrl().resolve(requestPath)).get()
                .header("User-Agent", Version.userAgent())
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("OK-ACCESS-KEY", credentials.apiKey().reveal())
                .header("OK-ACCESS-SIGN", RequestSigner.sign(credentials.secretKey(), timestamp, "GET", requestPath, ""))
                .header("OK-ACCESS-TIMESTAMP", timestamp)
                .header("OK-ACCESS-PASSPHRASE", credentials.passphrase().reveal());
        if (endpoint.environment() == Environment.DEMO) {
            request.header(DEMO_HEADER, "1");
        }
        return request.build();
    }

    /**
     * OkHttp refuses header values outside printable ASCII with a message that quotes the value; checking
     * first keeps the credential out of that message.
     */
    private static void requireSendable(Secret value, CredentialField field, String name) throws OkxException {
        boolean sendable = value.apply(chars -> {
            for (char c : chars) {
                if (c < 0x20 || c > 0x7e) {
                    return false;
                }
            }
            return true;
        });
        if (!sendable) {
            throw OkxException.unsendable(field, "The " + name + " contains a line break, a tab or a character that is "
                    + "not a plain letter, digit or sign, so it cannot be sent to OKX: copy it again from where you saved it.");
        }
    }

    private JsonNode execute(Request request) throws OkxException {
        if (loopbackOnly && !OkxBaseUrl.isLoopback(request.url().host())) {
            throw OkxException.of(Kind.UNREACHABLE, "Refused to contact " + request.url().host() + ": this client"
                    + " only talks to this computer (a test setup). Give the key a base URL on 127.0.0.1.", 0);
        }
        okhttp3.Call call = http.newCall(request);
        StopSignal.sending(call);
        try (Response response = call.execute()) {
            return envelope(response.code(), boundedText(response));
        } catch (IOException e) {
            if (call.isCanceled()) {
                throw new OkxException(Kind.TIMEOUT, "The request to OKX was cancelled.", null, null, 0, e);
            }
            if (e instanceof InterruptedIOException) {
                throw new OkxException(Kind.TIMEOUT, "OKX did not answer in time.", null, null, 0, e);
            }
            throw new OkxException(Kind.UNREACHABLE, "Keyhaven could not connect to " + request.url().host() + ".",
                    null, null, 0, e);
        } finally {
            StopSignal.sent(call);
        }
    }

    /** The body as text, refusing (without reading on) one larger than {@link #MAX_BODY_BYTES}. */
    private static String boundedText(Response response) throws IOException, OkxException {
        ResponseBody body = response.body();
        if (body == null) {
            return "";
        }
        if (body.contentLength() > MAX_BODY_BYTES || body.source().request(MAX_BODY_BYTES + 1)) {
            throw OkxException.of(Kind.NOT_JSON, "The answer was larger than " + MAX_BODY_BYTES / 1024 / 1024
                    + " MiB, far more than OKX ever sends: something other than OKX answered.", response.code());
        }
        return body.string();
    }

    /** Reads OKX's {code, msg, data} envelope whatever the HTTP status; the status counts only without JSON. */
    private JsonNode envelope(int status, String body) throws OkxException {
        JsonNode root = parse(body);
        if (root == null || !root.isObject() || !root.hasNonNull("code")) {
            if (status == 429) {
                throw OkxException.of(Kind.RATE_LIMITED, "OKX asked to slow down (HTTP 429).", status);
            }
            if (status >= 500) {
                throw OkxException.of(Kind.UNAVAILABLE, "OKX's server answered with an error (HTTP " + status + ").", status);
            }
            if (root == null) {
                throw OkxException.of(Kind.NOT_JSON,
                        "Something other than OKX answered (HTTP " + status + ", not OKX's format).", status);
            }
            throw OkxException.of(Kind.MISSING_DATA, "OKX's answer had no result code (HTTP " + status + ").", status);
        }
        String code = root.get("code").asText();
        if (!code.equals("0")) {
            String msg = JsonFields.text(root, "msg");
            Kind kind = code.equals(OkxErrorCodes.RATE_LIMIT) ? Kind.RATE_LIMITED
                    : OkxErrorCodes.BUSY.contains(code) ? Kind.UNAVAILABLE
                    : Kind.REJECTED;
            throw new OkxException(kind, "OKX refused the request with code " + code + ".", code, msg, status, null);
        }
        JsonNode data = root.get("data");
        if (data == null || !data.isArray()) {
            throw OkxException.of(Kind.MISSING_DATA, "OKX's answer had no data in it.", status);
        }
        return data;
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static void pause(Duration wait) throws OkxException {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OkxException(Kind.TIMEOUT, "The request to OKX was cancelled.", null, null, 0, e);
        }
    }

    /**
     * Closes the idle connections to OKX. An HTTP/2 connection keeps the header values it sent (API key,
     * passphrase) in its compression table (HPACK) while it lives, so the app calls this on lock.
     */
    public void forgetConnections() {
        http.connectionPool().evictAll();
    }

    /** Connections kept open for reuse, idle or busy (for tests). */
    int pooledConnections() {
        return http.connectionPool().connectionCount();
    }

    /** Releases the connections and threads. */
    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration callTimeout = Duration.ofSeconds(10);
        private Clock localClock = Clock.systemUTC();
        private List<Duration> rateLimitWaits = List.of(Duration.ofSeconds(1), LONGEST_RATE_WINDOW);
        private boolean loopbackOnly;

        private Builder() {
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        /** The limit for one whole request, answer included. */
        public Builder callTimeout(Duration timeout) {
            this.callTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        /** This computer's clock (tests may set it off). */
        public Builder localClock(Clock clock) {
            this.localClock = Objects.requireNonNull(clock);
            return this;
        }

        /**
         * How long to wait before each retry after a rate limit; the number of waits is the number of
         * retries. Each wait is capped at the longest documented rate window (2 s).
         */
        public Builder rateLimitWaits(Duration... waits) {
            this.rateLimitWaits = java.util.Arrays.stream(waits)
                    .map(wait -> wait.compareTo(LONGEST_RATE_WINDOW) > 0 ? LONGEST_RATE_WINDOW : wait)
                    .toList();
            return this;
        }

        /**
         * Sends nothing beyond this computer: a request to any other host fails at once, before a name is
         * looked up. For tests, whose keys without a base URL would otherwise go to OKX itself.
         */
        public Builder loopbackOnly() {
            this.loopbackOnly = true;
            return this;
        }

        public OkxClient build() {
            return new OkxClient(this);
        }
    }
}
