package dev.keyhaven.okx;

import java.time.Duration;
import java.time.Instant;

/**
 * One reading of OKX's clock.
 *
 * @param offset    server time minus local time (positive: this computer's clock is behind)
 * @param roundTrip how long the time request took; the offset is accurate to half of it
 * @param syncedAt  local time of the reading
 */
public record ClockSync(Duration offset, Duration roundTrip, Instant syncedAt) {

    /** offset = server ts - (t0 + t1) / 2, with t0 and t1 the local times before sending and after receiving. */
    public static ClockSync estimate(long serverMillis, long sentMillis, long receivedMillis) {
        long midpoint = sentMillis + (receivedMillis - sentMillis) / 2;
        return new ClockSync(Duration.ofMillis(serverMillis - midpoint), Duration.ofMillis(receivedMillis - sentMillis),
                Instant.ofEpochMilli(receivedMillis));
    }

    public long offsetMillis() {
        return offset.toMillis();
    }
}
