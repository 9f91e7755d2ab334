package dev.keyhaven.gateway;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.FakeOkxTrading;
import dev.keyhaven.okx.OkxBaseUrl;
import dev.keyhaven.okx.RequestSigner;
import dev.keyhaven.secret.Credentials;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Figures for the gateway's targets against the loopback stand-in: the latency it adds to a signed request
 * (p50 <= 1 ms, p99 <= 5 ms over 2,000 requests, gateway and direct requests alternating so that load from
 * elsewhere hits both alike), and sustained signed requests per second through one gateway (>= 1,000).
 *
 * <p>{@code ./mvnw -q -DskipTests test-compile exec:java@bench -Dbench=gateway}
 */
public final class GatewayBenchmark {

    private static final String PATH = FakeOkxTrading.CURRENCIES;
    private static final int REQUESTS = 2_000;
    private static final int WARM_UP = 1_000;
    private static final int CLIENTS = 8;
    private static final long THROUGHPUT_MILLIS = 5_000;

    private GatewayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (FakeOkxServer okx = FakeOkxServer.start()) {
            FakeOkxTrading.install(okx);
            FakeKey key = okx.add(FakeKey.builder().perm("read_only,trade"));
            Upstream upstream = new Upstream(OkxBaseUrl.parse(okx.baseUrl()), "ws://127.0.0.1:1", Environment.LIVE,
                    key.credentials());
            try (OkxGateway gateway = OkxGateway.start(upstream, new GatewayPolicy(PolicySetting.safeDefault(), false),
                    Clock.systemUTC()); Credentials session = gateway.sessionCredentials();
                    Credentials real = key.credentials()) {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                Signed direct = new Signed(http, okx.baseUrl(), real);
                Signed through = new Signed(http, gateway.baseUrl(), session);
                System.out.printf("stand-in %s, gateway %s; signed GET %s; %d cores; figures are noisy while other "
                        + "builds share this machine%n", okx.baseUrl(), gateway.baseUrl(), PATH,
                        Runtime.getRuntime().availableProcessors());
                latency(direct, through);
                throughput("through one gateway", through, 1_000);
                throughput("stand-in directly (for comparison)", direct, 0);
            }
        }
    }

    private static void latency(Signed direct, Signed through) {
        for (int i = 0; i < WARM_UP; i++) {
            direct.call();
            through.call();
        }
        long[] directNanos = new long[REQUESTS];
        long[] gatewayNanos = new long[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            directNanos[i] = direct.timed();
            gatewayNanos[i] = through.timed();
        }
        Arrays.sort(directNanos);
        Arrays.sort(gatewayNanos);
        double p50Direct = millis(percentile(directNanos, 50));
        double p99Direct = millis(percentile(directNanos, 99));
        double p50Gateway = millis(percentile(gatewayNanos, 50));
        double p99Gateway = millis(percentile(gatewayNanos, 99));
        System.out.printf("latency over %d requests each, after %d warm-up: direct p50 %.3f ms p99 %.3f ms; through "
                + "the gateway p50 %.3f ms p99 %.3f ms%n", REQUESTS, WARM_UP, p50Direct, p99Direct, p50Gateway, p99Gateway);
        report("added latency p50", p50Gateway - p50Direct, "ms", "<= 1 ms", p50Gateway - p50Direct <= 1.0);
        report("added latency p99", p99Gateway - p99Direct, "ms", "<= 5 ms", p99Gateway - p99Direct <= 5.0);
    }

    private static void throughput(String what, Signed target, int wanted) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        AtomicBoolean running = new AtomicBoolean(true);
        List<Future<Integer>> counts = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            counts.add(clients.submit(() -> {
                int done = 0;
                while (running.get()) {
                    target.call();
                    done++;
                }
                return done;
            }));
        }
        long started = System.nanoTime();
        Thread.sleep(THROUGHPUT_MILLIS);
        running.set(false);
        int total = 0;
        for (Future<Integer> count : counts) {
            total += count.get();
        }
        double perSecond = total / ((System.nanoTime() - started) / 1e9);
        clients.shutdown();
        if (wanted > 0) {
            report("requests/s " + what + " (" + CLIENTS + " clients, " + THROUGHPUT_MILLIS / 1000 + " s)", perSecond,
                    "", ">= " + wanted, perSecond >= wanted);
        } else {
            System.out.printf("requests/s %s (%d clients, %d s): %.0f%n", what, CLIENTS, THROUGHPUT_MILLIS / 1000,
                    perSecond);
        }
    }

    private static void report(String name, double value, String unit, String target, boolean met) {
        System.out.printf("%s: %.3f%s (target %s) %s%n", name, value, unit.isEmpty() ? "" : " " + unit, target,
                met ? "MET" : "MISSED");
    }

    private static long percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * percent / 100.0) - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    /** A bot's signed GET, sent to the stand-in directly or through the gateway. */
    private record Signed(HttpClient http, String baseUrl, Credentials credentials) {

        long timed() {
            long started = System.nanoTime();
            call();
            return System.nanoTime() - started;
        }

        void call() {
            String timestamp = RequestSigner.timestamp(Instant.now());
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + PATH))
                    .header("OK-ACCESS-KEY", credentials.apiKey().reveal())
                    .header("OK-ACCESS-PASSPHRASE", credentials.passphrase().reveal())
                    .header("OK-ACCESS-TIMESTAMP", timestamp)
                    .header("OK-ACCESS-SIGN", RequestSigner.sign(credentials.secretKey(), timestamp, "GET", PATH, ""))
                    .build();
            try {
                HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("HTTP " + answer.statusCode() + ": " + answer.body());
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
