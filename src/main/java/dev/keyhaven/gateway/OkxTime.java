package dev.keyhaven.gateway;

import dev.keyhaven.okx.ClockSync;
import dev.keyhaven.okx.OkxBaseUrl;
import dev.keyhaven.okx.OkxClient;
import dev.keyhaven.okx.OkxException;
import dev.keyhaven.okx.ServerClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * OKX's clock as the gateway signs with it: this computer's clock plus the offset measured with OKX's public
 * time endpoint, so a bot on a computer whose clock is off still gets its requests accepted (OKX refuses a
 * timestamp more than 30 s from its own, 50102). Measured once at start and again, in the background, when
 * OKX answers 50102; signing never waits for a measurement.
 */
final class OkxTime implements AutoCloseable {

    private static final Duration MEASURE_TIMEOUT = Duration.ofSeconds(3);

    private final Clock local;
    private final OkxClient client;
    private final ServerClock server;
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "keyhaven-gateway-clock");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean measuring = new AtomicBoolean();
    private volatile Duration offset = Duration.ZERO;

    OkxTime(OkxBaseUrl rest, Clock local) {
        this.local = local;
        this.client = OkxClient.builder().localClock(local).callTimeout(MEASURE_TIMEOUT).connectTimeout(MEASURE_TIMEOUT)
                .rateLimitWaits().build();
        this.server = client.clock(rest);
    }

    /** Measures now; when OKX cannot be reached, this computer's clock is used until a later measurement. */
    void measure() {
        try {
            ClockSync sync = server.resync();
            offset = sync.offset();
        } catch (OkxException | RuntimeException unreachable) {
            // Signing goes on with the last offset (none yet: this computer's clock).
        }
    }

    /** Measures again in the background, unless a measurement is already under way. */
    void measureSoon() {
        if (measuring.compareAndSet(false, true)) {
            background.execute(() -> {
                try {
                    measure();
                } finally {
                    measuring.set(false);
                }
            });
        }
    }

    Instant now() {
        return local.instant().plus(offset);
    }

    @Override
    public void close() {
        background.shutdownNow();
        client.close();
    }
}
