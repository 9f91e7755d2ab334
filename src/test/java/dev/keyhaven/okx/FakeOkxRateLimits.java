package dev.keyhaven.okx;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * OKX's documented rate limits as FakeOkxServer enforces them: a sliding window per path and caller (the
 * account's UID, or the IP on the public time path). Its clock is the system's plus the time a test let pass
 * without waiting ({@link #letTimePass}).
 */
final class FakeOkxRateLimits {

    private record RateLimit(int requests, Duration window) {
    }

    private static final Map<String, RateLimit> RATE_LIMITS = Map.of(
            OkxClient.TIME_PATH, new RateLimit(10, Duration.ofSeconds(2)),
            OkxClient.ACCOUNT_CONFIG_PATH, new RateLimit(5, Duration.ofSeconds(2)),
            OkxClient.ACCOUNT_BALANCE_PATH, new RateLimit(10, Duration.ofSeconds(2)),
            OkxClient.ASSET_BALANCES_PATH, new RateLimit(6, Duration.ofSeconds(1)));

    private final Map<String, Deque<Long>> windows = new ConcurrentHashMap<>();
    private final AtomicInteger rejections = new AtomicInteger();
    private final AtomicLong passedWithoutWaiting = new AtomicLong();

    /** Whether {@code path} is one of the limited (and so answered) paths. */
    static boolean knows(String path) {
        return RATE_LIMITS.containsKey(path);
    }

    /** Counts this request; true (and one more rejection) when it breaks {@code path}'s limit for {@code who}. */
    boolean overLimit(String path, String who) {
        RateLimit limit = RATE_LIMITS.get(path);
        Deque<Long> window = windows.computeIfAbsent(path + "|" + who, k -> new ArrayDeque<>());
        long now = System.nanoTime() + passedWithoutWaiting.get();
        synchronized (window) {
            while (!window.isEmpty() && now - window.peekFirst() >= limit.window().toNanos()) {
                window.removeFirst();
            }
            if (window.size() >= limit.requests()) {
                rejections.incrementAndGet();
                return true;
            }
            window.addLast(now);
            return false;
        }
    }

    void letTimePass(Duration duration) {
        passedWithoutWaiting.addAndGet(duration.toNanos());
    }

    int rejections() {
        return rejections.get();
    }
}
