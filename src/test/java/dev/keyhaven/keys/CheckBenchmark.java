package dev.keyhaven.keys;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.OkxClient;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.Purpose;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Figures for the check's targets, against the fake OKX server with 100 ms added to every answer:
 * one full check at most 250 ms (one round trip for the clock, one for the three reads in parallel), and
 * 20 keys of different accounts at most 1 s without a single rate-limit refusal.
 *
 * <p>{@code ./mvnw -B -q -o -DskipTests test-compile exec:java@bench -Dbench=check}
 */
public final class CheckBenchmark {

    private static final Duration LATENCY = Duration.ofMillis(100);
    private static final int ROUNDS = 7;
    /** Rounds run first and not counted: class loading and the JIT would otherwise dominate the first one. */
    private static final int WARM_UP_ROUNDS = 2;

    private CheckBenchmark() {
    }

    public static void main(String[] args) {
        try (FakeOkxServer okx = FakeOkxServer.start()) {
            okx.latency(LATENCY);
            System.out.printf("fake OKX on %s, %d ms added per request, median of %d rounds after %d warm-up rounds%n",
                    okx.baseUrl(), LATENCY.toMillis(), ROUNDS, WARM_UP_ROUNDS);
            singleCheck(okx);
            twentyKeys(okx);
        }
    }

    /** A fresh client each round, so that every check pays for its clock reading and its connections. */
    private static void singleCheck(FakeOkxServer okx) {
        FakeKey key = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1").trading("USDT", "100", "100"));
        long[] millis = new long[ROUNDS];
        int rejectionsBefore = okx.rateLimitRejections();
        for (int round = -WARM_UP_ROUNDS; round < ROUNDS; round++) {
            try (OkxClient client = OkxClient.create(); KeyChecker checker = new KeyChecker(client);
                    Credentials credentials = credentialsOf(key)) {
                long started = System.nanoTime();
                CheckResult result = checker.check(new CheckTarget(key.label(), Purpose.TRADING, Environment.LIVE,
                        Region.GLOBAL, okx.baseUrl(), credentials, null));
                if (round >= 0) {
                    millis[round] = elapsedMillis(started);
                }
                require(result.ok(), "the check failed: " + result.problemIds());
            }
            // One key, one user: account/config allows 5 requests per 2 s.
            pause(Duration.ofMillis(450));
        }
        report("full check of 1 key", millis, 250);
        reportRejections(okx.rateLimitRejections() - rejectionsBefore);
    }

    private static void twentyKeys(FakeOkxServer okx) {
        List<FakeKey> keys = IntStream.range(0, 20)
                .mapToObj(i -> okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1").label("bot" + i)))
                .toList();
        long[] millis = new long[ROUNDS];
        int rejectionsBefore = okx.rateLimitRejections();
        for (int round = 0; round < ROUNDS; round++) {
            List<Credentials> credentials = keys.stream().map(CheckBenchmark::credentialsOf).toList();
            try (OkxClient client = OkxClient.create(); KeyChecker checker = new KeyChecker(client)) {
                List<CheckTarget> targets = new ArrayList<>();
                for (int i = 0; i < keys.size(); i++) {
                    targets.add(new CheckTarget(keys.get(i).label(), Purpose.TRADING, Environment.LIVE, Region.GLOBAL,
                            okx.baseUrl(), credentials.get(i), null));
                }
                long started = System.nanoTime();
                List<CheckResult> results = checker.checkAll(targets);
                millis[round] = elapsedMillis(started);
                require(results.stream().allMatch(CheckResult::ok), "a check failed");
            } finally {
                credentials.forEach(Credentials::close);
            }
            // Each round is a fresh app start; the next one waits for the rate windows (2 s) to pass.
            pause(Duration.ofMillis(2_100));
        }
        report("checks of 20 keys of different accounts", millis, 1000);
        reportRejections(okx.rateLimitRejections() - rejectionsBefore);
    }

    private static void reportRejections(int rejections) {
        System.out.printf("  rate-limit refusals by the fake exchange: %d (target 0) %s%n", rejections,
                rejections == 0 ? "OK" : "OVER");
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Credentials credentialsOf(FakeKey key) {
        return new Credentials(Secret.ofString(key.apiKey()), Secret.ofString(key.secretKey()),
                Secret.ofString(key.passphrase()));
    }

    private static void report(String what, long[] millis, long targetMillis) {
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        long median = sorted[sorted.length / 2];
        System.out.printf("%s: median %d ms, min %d ms, max %d ms (target <= %d ms) %s%n", what, median, sorted[0],
                sorted[sorted.length - 1], targetMillis, median <= targetMillis ? "OK" : "OVER");
    }

    private static void require(boolean condition, String failure) {
        if (!condition) {
            throw new IllegalStateException("Benchmark invalid: " + failure);
        }
    }

    private static long elapsedMillis(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
    }
}
