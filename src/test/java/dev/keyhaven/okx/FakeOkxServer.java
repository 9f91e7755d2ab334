package dev.keyhaven.okx;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A real HTTP server on 127.0.0.1 that plays OKX's REST API v5 for the endpoints Keyhaven uses. It checks
 * requests the way the exchange does (headers, timestamp within 30 s of its own clock, key, region,
 * passphrase, signature, demo header, IP allowlist), enforces the documented rate limits, answers
 * authentication failures as HTTP 401 without {@code data}, and records every request it receives.
 *
 * <p>Faults (HTML pages, 5xx, missing data, silence...) are injected per path with {@link #failNext} and
 * {@link #failAlways}; per-key problems (frozen, compliance codes, demo, region) live on {@link FakeKey}.
 * Its signature check is written independently of {@link RequestSigner}, so it can catch a signer bug.
 */
public final class FakeOkxServer implements AutoCloseable {

    /** An answer that replaces the normal one. */
    public record Fault(int status, String contentType, String body, Duration delay) {

        /** A proxy's or CDN's HTML page. */
        public static Fault html(int status) {
            return new Fault(status, "text/html", "<!DOCTYPE html><html><head><title>" + status
                    + "</title></head><body><h1>Bad Gateway</h1><p>cloudflare</p></body></html>", Duration.ZERO);
        }

        public static Fault json(int status, String body) {
            return new Fault(status, "application/json", body, Duration.ZERO);
        }

        /** An OKX error code in OKX's envelope. */
        public static Fault okxError(int status, String code, String msg) {
            return json(status, "{\"code\":\"" + code + "\",\"msg\":\"" + msg + "\",\"data\":[]}");
        }

        public static Fault rateLimited() {
            return json(429, "{\"msg\":\"Too Many Requests\",\"code\":\"50011\"}");
        }

        public static Fault missingData() {
            return json(200, "{\"code\":\"0\",\"msg\":\"\"}");
        }

        public static Fault emptyData() {
            return json(200, "{\"code\":\"0\",\"msg\":\"\",\"data\":[]}");
        }

        /** Says nothing for {@code delay}, then a gateway timeout page. */
        public static Fault silence(Duration delay) {
            return new Fault(504, "text/html", "<html><body>Gateway Timeout</body></html>", delay);
        }
    }

    /** One request as received. */
    public record RecordedRequest(String method, String pathAndQuery, Map<String, List<String>> headers, String body,
            String remoteIp) {

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .findFirst()
                    .map(entry -> String.join(",", entry.getValue()))
                    .orElse(null);
        }

        public String path() {
            int query = pathAndQuery.indexOf('?');
            return query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
        }

        /** The request line, every header and the body: what travelled over the wire. */
        public String wireText() {
            StringBuilder text = new StringBuilder(method).append(' ').append(pathAndQuery).append('\n');
            headers.forEach((name, values) -> text.append(name).append(": ").append(String.join(",", values)).append('\n'));
            return text.append('\n').append(body).toString();
        }
    }

    private record RateLimit(int requests, Duration window) {
    }

    /** One more path, played by another test class (FakeOkxTrading): its answer's data, code "0". */
    public interface Endpoint {
        /** @param key the authenticated key, or null on a public path */
        List<ObjectNode> data(RecordedRequest request, FakeKey key);
    }

    private record Extra(boolean signed, Endpoint endpoint) {
    }

    private final Map<String, Extra> extras = new ConcurrentHashMap<>();

    /** Adds {@code path}; a signed one checks authentication as the others do. */
    public void endpoint(String path, boolean signed, Endpoint endpoint) {
        extras.put(path, new Extra(signed, endpoint));
    }

    /** The key with this API key, or null. */
    public FakeKey key(String apiKey) {
        return keys.get(apiKey);
    }

    private static final Map<String, RateLimit> RATE_LIMITS = Map.of(
            OkxClient.TIME_PATH, new RateLimit(10, Duration.ofSeconds(2)),
            OkxClient.ACCOUNT_CONFIG_PATH, new RateLimit(5, Duration.ofSeconds(2)),
            OkxClient.ACCOUNT_BALANCE_PATH, new RateLimit(10, Duration.ofSeconds(2)),
            OkxClient.ASSET_BALANCES_PATH, new RateLimit(6, Duration.ofSeconds(1)));

    private static final Duration TIMESTAMP_TOLERANCE = Duration.ofSeconds(30);

    static {
        // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle's algorithm and
        // delayed ACKs add about 40 ms to answers, which no real exchange does.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "fake-okx");
        thread.setDaemon(true);
        return thread;
    });
    private final ObjectMapper json = new ObjectMapper();
    private final Region site;
    private final Map<String, FakeKey> keys = new ConcurrentHashMap<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Fault>> nextFaults = new ConcurrentHashMap<>();
    private final Map<String, Fault> standingFaults = new ConcurrentHashMap<>();
    private final Map<String, Deque<Long>> rateWindows = new ConcurrentHashMap<>();
    private final AtomicInteger rateLimitRejections = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private volatile Duration latency = Duration.ZERO;
    private volatile Duration clockOffset = Duration.ZERO;

    private FakeOkxServer(Region site) throws IOException {
        this.site = site;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** A server playing the Global site (www.okx.com). */
    public static FakeOkxServer start() {
        return start(Region.GLOBAL);
    }

    /** A server playing {@code site}'s host: keys of other sites get 50119. */
    public static FakeOkxServer start(Region site) {
        try {
            return new FakeOkxServer(site);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** e.g. {@code http://127.0.0.1:54321}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public FakeKey add(FakeKey key) {
        keys.put(key.apiKey(), key);
        return key;
    }

    /** Adds a key built from {@code builder}. */
    public FakeKey add(FakeKey.Builder builder) {
        return add(builder.build());
    }

    /** Deletes a key, as OKX does after 14 idle days or when the user deletes it. */
    public void remove(FakeKey key) {
        keys.remove(key.apiKey());
    }

    /** Added to every answer, as a slow network would. */
    public void latency(Duration value) {
        this.latency = value;
    }

    /** How far the server's clock is ahead of this computer's (negative: behind). */
    public void clockOffset(Duration value) {
        this.clockOffset = value;
    }

    /** The next {@code times} requests to {@code path} get {@code fault} instead of the normal answer. */
    public void failNext(String path, int times, Fault fault) {
        Deque<Fault> queue = nextFaults.computeIfAbsent(path, p -> new ArrayDeque<>());
        synchronized (queue) {
            for (int i = 0; i < times; i++) {
                queue.add(fault);
            }
        }
    }

    /** Every request to {@code path} gets {@code fault} until {@link #clearFaults()}. */
    public void failAlways(String path, Fault fault) {
        standingFaults.put(path, fault);
    }

    public void clearFaults() {
        nextFaults.clear();
        standingFaults.clear();
    }

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public long requestCount(String path) {
        return requests.stream().filter(request -> request.path().equals(path)).count();
    }

    /** Requests refused because they broke a documented rate limit. */
    public int rateLimitRejections() {
        return rateLimitRejections.get();
    }

    /** The most requests that were being answered at the same moment. */
    public int maxConcurrentRequests() {
        return maxInFlight.get();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private Instant now() {
        return Clock.systemUTC().instant().plus(clockOffset);
    }

    private void handle(HttpExchange exchange) throws IOException {
        int current = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(current, Math::max);
        try (exchange) {
            RecordedRequest request = record(exchange);
            sleep(latency);
            Fault fault = takeFault(request.path());
            if (fault != null) {
                sleep(fault.delay());
                send(exchange, fault.status(), fault.contentType(), fault.body());
                return;
            }
            Answer answer = answer(request);
            send(exchange, answer.status, "application/json", json.writeValueAsString(answer.body));
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private record Answer(int status, ObjectNode body) {
    }

    private Answer answer(RecordedRequest request) {
        String path = request.path();
        if (path.equals(OkxClient.TIME_PATH)) {
            if (overLimit(path, request.remoteIp())) {
                return rateLimited();
            }
            ObjectNode time = json.createObjectNode().put("ts", String.valueOf(now().toEpochMilli()));
            return success(List.of(time));
        }
        Extra extra = extras.get(path);
        if (extra != null) {
            Object caller = extra.signed() ? authenticate(request) : null;
            return caller instanceof Answer refusal ? refusal : success(extra.endpoint().data(request, (FakeKey) caller));
        }
        if (!RATE_LIMITS.containsKey(path)) {
            return new Answer(404, error("50030", "Illegal request path"));
        }
        Object authenticated = authenticate(request);
        if (authenticated instanceof Answer refusal) {
            return refusal;
        }
        FakeKey key = (FakeKey) authenticated;
        if (overLimit(path, key.uid())) {
            return rateLimited();
        }
        if (key.frozen()) {
            return new Answer(400, error("50100", "API frozen, please contact customer service."));
        }
        if (key.refusalCode() != null) {
            ObjectNode body = error(key.refusalCode(), "Restricted for your region or account.");
            body.putArray("data");
            return new Answer(200, body);
        }
        return switch (path) {
            case OkxClient.ACCOUNT_CONFIG_PATH -> success(List.of(accountConfig(key)));
            case OkxClient.ACCOUNT_BALANCE_PATH -> success(List.of(tradingBalance(key)));
            default -> success(funding(key));
        };
    }

    /** The key, or the refusal OKX would send: every authentication failure is HTTP 401 without data. */
    private Object authenticate(RecordedRequest request) {
        String apiKey = request.header("OK-ACCESS-KEY");
        String passphrase = request.header("OK-ACCESS-PASSPHRASE");
        String sign = request.header("OK-ACCESS-SIGN");
        String timestamp = request.header("OK-ACCESS-TIMESTAMP");
        if (isEmpty(apiKey)) {
            return unauthorized("50103", "Request header OK-ACCESS-KEY cannot be empty.");
        }
        if (isEmpty(passphrase)) {
            return unauthorized("50104", "Request header OK-ACCESS-PASSPHRASE cannot be empty.");
        }
        if (isEmpty(sign)) {
            return unauthorized("50106", "Request header OK-ACCESS-SIGN cannot be empty.");
        }
        if (isEmpty(timestamp)) {
            return unauthorized("50107", "Request header OK-ACCESS-TIMESTAMP cannot be empty.");
        }
        Instant sentAt;
        try {
            if (!timestamp.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z")) {
                throw new DateTimeParseException("not OKX's format", timestamp, 0);
            }
            sentAt = Instant.parse(timestamp);
        } catch (DateTimeParseException e) {
            return unauthorized("50112", "Invalid OK-ACCESS-TIMESTAMP");
        }
        if (Duration.between(sentAt, now()).abs().compareTo(TIMESTAMP_TOLERANCE) > 0) {
            return unauthorized("50102", "Timestamp request expired");
        }
        FakeKey key = keys.get(apiKey);
        if (key == null) {
            return unauthorized("50111", "Invalid OK-ACCESS-KEY");
        }
        if (key.region() != site) {
            return unauthorized("50119", "API key doesn't exist");
        }
        if (!constantTimeEquals(passphrase, key.passphrase())) {
            return unauthorized("50105", "OK-ACCESS-PASSPHRASE incorrect");
        }
        String expected = hmacBase64(key.secretKey(), timestamp + request.method() + request.pathAndQuery() + request.body());
        if (!constantTimeEquals(sign, expected)) {
            return unauthorized("50113", "Invalid Sign");
        }
        boolean demoHeader = "1".equals(request.header(OkxClient.DEMO_HEADER));
        if (demoHeader != key.demo()) {
            return unauthorized("50101", "APIKey does not match current environment.");
        }
        if (!key.ips().isEmpty() && !key.ips().contains(request.remoteIp())) {
            return unauthorized("50110", "Your IP " + request.remoteIp() + " is not included in your API key's IP whitelist.");
        }
        return key;
    }

    private ObjectNode accountConfig(FakeKey key) {
        ObjectNode config = json.createObjectNode();
        config.put("acctLv", String.valueOf(key.acctLv()));
        config.put("autoLoan", false);
        config.put("ctIsoMode", "automatic");
        config.put("greeksType", "PA");
        config.put("ip", String.join(",", key.ips()));
        config.put("kycLv", "2");
        config.put("label", key.label());
        config.put("level", "Lv1");
        config.put("mainUid", key.mainUid());
        config.put("perm", key.permissions().toOkxString());
        config.put("posMode", "long_short_mode");
        config.put("roleType", "0");
        config.putArray("traderInsts");
        config.put("type", "0");
        config.put("uid", key.uid());
        return config;
    }

    private ObjectNode tradingBalance(FakeKey key) {
        ObjectNode account = json.createObjectNode();
        account.put("adjEq", "");
        account.put("totalEq", key.tradingTotalUsd().toPlainString());
        account.put("uTime", String.valueOf(now().toEpochMilli()));
        ArrayNode details = account.putArray("details");
        for (TradingBalance.Detail detail : key.trading()) {
            details.addObject()
                    .put("ccy", detail.ccy())
                    .put("eq", detail.eq().toPlainString())
                    .put("cashBal", detail.eq().toPlainString())
                    .put("availBal", detail.availBal().toPlainString())
                    .put("eqUsd", detail.eqUsd().toPlainString())
                    .put("frozenBal", "0");
        }
        return account;
    }

    private List<ObjectNode> funding(FakeKey key) {
        List<ObjectNode> items = new ArrayList<>();
        for (FundingBalance balance : key.funding()) {
            items.add(json.createObjectNode()
                    .put("availBal", balance.availBal().toPlainString())
                    .put("bal", balance.bal().toPlainString())
                    .put("ccy", balance.ccy())
                    .put("frozenBal", plain(balance.frozenBal())));
        }
        return items;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "0" : value.toPlainString();
    }

    private boolean overLimit(String path, String who) {
        RateLimit limit = RATE_LIMITS.get(path);
        Deque<Long> window = rateWindows.computeIfAbsent(path + "|" + who, k -> new ArrayDeque<>());
        long now = System.nanoTime();
        synchronized (window) {
            while (!window.isEmpty() && now - window.peekFirst() >= limit.window().toNanos()) {
                window.removeFirst();
            }
            if (window.size() >= limit.requests()) {
                rateLimitRejections.incrementAndGet();
                return true;
            }
            window.addLast(now);
            return false;
        }
    }

    private Fault takeFault(String path) {
        Deque<Fault> queue = nextFaults.get(path);
        if (queue != null) {
            synchronized (queue) {
                Fault next = queue.pollFirst();
                if (next != null) {
                    return next;
                }
            }
        }
        return standingFaults.get(path);
    }

    private RecordedRequest record(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        RecordedRequest request = new RecordedRequest(exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                exchange.getRequestURI().getRawPath()
                        + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()),
                headers, body, exchange.getRemoteAddress().getAddress().getHostAddress());
        requests.add(request);
        return request;
    }

    private Answer success(List<ObjectNode> data) {
        ObjectNode body = json.createObjectNode().put("code", "0").put("msg", "");
        body.putArray("data").addAll(data);
        return new Answer(200, body);
    }

    private Answer unauthorized(String code, String msg) {
        return new Answer(401, error(code, msg));
    }

    private Answer rateLimited() {
        return new Answer(429, error("50011", "Too Many Requests"));
    }

    private ObjectNode error(String code, String msg) {
        return json.createObjectNode().put("msg", msg).put("code", code);
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean isEmpty(String value) {
        return value == null || value.isEmpty();
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static String hmacBase64(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
