package dev.keyhaven.okx;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on 127.0.0.1 that plays OKX's REST API v5 for the endpoints Keyhaven uses. It checks
 * requests the way the exchange does ({@link FakeOkxAuthentication}), enforces the documented rate limits
 * ({@link FakeOkxRateLimits}), answers authentication failures as HTTP 401 without {@code data}, and records
 * every request it receives.
 *
 * <p>Faults (HTML pages, 5xx, missing data, silence...) are injected per path with {@link #failNext} and
 * {@link #failAlways}; per-key problems (frozen, compliance codes, demo, region) live on {@link FakeKey}.
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

    /** One more path, played by another test class (FakeOkxTrading): its answer's data, code "0". */
    public interface Endpoint {
        /** @param key the authenticated key, or null on a public path */
        List<ObjectNode> data(RecordedRequest request, FakeKey key);
    }

    private record Extra(boolean signed, Endpoint endpoint) {
    }

    private record Answer(int status, ObjectNode body) {
    }

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
    private final Map<String, FakeKey> keys = new ConcurrentHashMap<>();
    private final Map<String, Extra> extras = new ConcurrentHashMap<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final FakeOkxFaults faults = new FakeOkxFaults();
    private final FakeOkxRateLimits rateLimits = new FakeOkxRateLimits();
    private final FakeOkxBodies bodies = new FakeOkxBodies(this::now);
    private final FakeOkxAuthentication authentication;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private volatile Duration latency = Duration.ZERO;
    private volatile Duration clockOffset = Duration.ZERO;

    private FakeOkxServer(Region site) throws IOException {
        this.authentication = new FakeOkxAuthentication(keys, site, this::now);
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

    /** Adds {@code path}; a signed one checks authentication as the others do. */
    public void endpoint(String path, boolean signed, Endpoint endpoint) {
        extras.put(path, new Extra(signed, endpoint));
    }

    public FakeKey add(FakeKey key) {
        keys.put(key.apiKey(), key);
        return key;
    }

    /** Adds a key built from {@code builder}. */
    public FakeKey add(FakeKey.Builder builder) {
        return add(builder.build());
    }

    /** The key with this API key, or null. */
    public FakeKey key(String apiKey) {
        return keys.get(apiKey);
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

    /**
     * The rate limits' windows see {@code duration} more pass, as if the caller had waited that long: a test's
     * stand-in for a pause lets time pass here instead of sleeping. The timestamps' clock is not moved.
     */
    public void letTimePass(Duration duration) {
        rateLimits.letTimePass(duration);
    }

    /** The next {@code times} requests to {@code path} get {@code fault} instead of the normal answer. */
    public void failNext(String path, int times, Fault fault) {
        faults.failNext(path, times, fault);
    }

    /** Every request to {@code path} gets {@code fault} until {@link #clearFaults()}. */
    public void failAlways(String path, Fault fault) {
        faults.failAlways(path, fault);
    }

    public void clearFaults() {
        faults.clear();
    }

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public long requestCount(String path) {
        return requests.stream().filter(request -> request.path().equals(path)).count();
    }

    /** Requests refused because they broke a documented rate limit. */
    public int rateLimitRejections() {
        return rateLimits.rejections();
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
            Fault fault = faults.take(request.path());
            if (fault != null) {
                sleep(fault.delay());
                send(exchange, fault.status(), fault.contentType(), fault.body());
                return;
            }
            Answer answer = answer(request);
            send(exchange, answer.status, "application/json", bodies.write(answer.body));
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private Answer answer(RecordedRequest request) {
        String path = request.path();
        if (path.equals(OkxClient.TIME_PATH)) {
            return rateLimits.overLimit(path, request.remoteIp()) ? rateLimited() : success(List.of(bodies.time()));
        }
        Extra extra = extras.get(path);
        if (extra != null) {
            FakeOkxAuthentication.Verdict verdict = extra.signed() ? authentication.authenticate(request) : null;
            if (verdict != null && verdict.refused()) {
                return unauthorized(verdict);
            }
            return success(extra.endpoint().data(request, verdict == null ? null : verdict.key()));
        }
        if (!FakeOkxRateLimits.knows(path)) {
            return new Answer(404, bodies.error("50030", "Illegal request path"));
        }
        FakeOkxAuthentication.Verdict verdict = authentication.authenticate(request);
        if (verdict.refused()) {
            return unauthorized(verdict);
        }
        FakeKey key = verdict.key();
        if (rateLimits.overLimit(path, key.uid())) {
            return rateLimited();
        }
        if (key.frozen()) {
            return new Answer(400, bodies.error("50100", "API frozen, please contact customer service."));
        }
        if (key.refusalCode() != null) {
            ObjectNode body = bodies.error(key.refusalCode(), "Restricted for your region or account.");
            body.putArray("data");
            return new Answer(200, body);
        }
        return switch (path) {
            case OkxClient.ACCOUNT_CONFIG_PATH -> success(List.of(bodies.accountConfig(key)));
            case OkxClient.ACCOUNT_BALANCE_PATH -> success(List.of(bodies.tradingBalance(key)));
            default -> success(bodies.funding(key));
        };
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
        return new Answer(200, bodies.success(data));
    }

    private Answer unauthorized(FakeOkxAuthentication.Verdict refusal) {
        return new Answer(401, bodies.error(refusal.code(), refusal.msg()));
    }

    private Answer rateLimited() {
        return new Answer(429, bodies.error("50011", "Too Many Requests"));
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
}
