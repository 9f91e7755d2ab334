package dev.keyhaven.okx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One clock reading per host: when it is reused, when it is read again, and what it estimates. */
class ServerClockGuardTest {

    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void theOffsetIsMeasuredFromTheMiddleOfTheRoundTrip() {
        ClockSync sync = ClockSync.estimate(1_000, 100, 300);
        assertThat(sync.offsetMillis()).isEqualTo(800);
        assertThat(sync.roundTrip()).isEqualTo(Duration.ofMillis(200));
        assertThat(sync.syncedAt()).isEqualTo(Instant.ofEpochMilli(300));
    }

    @Test
    void aReadingIsReusedUpToItsMaximumAgeAndReadAgainAfter() throws Exception {
        ManualClock local = new ManualClock(START);
        AtomicInteger reads = new AtomicInteger();
        ServerClock clock = new ServerClock(() -> {
            reads.incrementAndGet();
            return new ClockSync(Duration.ofSeconds(5), Duration.ofMillis(10), local.instant());
        }, local);

        assertThat(clock.now()).as("no reading yet: local time").isEqualTo(START);
        clock.sync(Duration.ofSeconds(30));
        assertThat(reads).hasValue(1);
        assertThat(clock.now()).isEqualTo(START.plusSeconds(5));

        local.advance(Duration.ofSeconds(30));
        clock.sync(Duration.ofSeconds(30));
        assertThat(reads).as("exactly the maximum age: still fresh").hasValue(1);

        local.advance(Duration.ofMillis(1));
        clock.sync(Duration.ofSeconds(30));
        assertThat(reads).as("older than the maximum age").hasValue(2);

        clock.resync();
        assertThat(reads).hasValue(3);
    }
}
