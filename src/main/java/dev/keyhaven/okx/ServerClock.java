package dev.keyhaven.okx;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * This computer's estimate of OKX's clock for one host. Checks of many keys on the same host share one
 * reading (public/time allows 10 requests per 2 s per IP); a reading older than the maximum age is
 * refreshed, and an expired-timestamp answer forces a new one.
 */
public final class ServerClock {

    /** Fetches a new reading from the server. */
    interface Reader {
        ClockSync read() throws OkxException;
    }

    private final Reader reader;
    private final Clock localClock;
    private ClockSync latest;

    ServerClock(Reader reader, Clock localClock) {
        this.reader = reader;
        this.localClock = localClock;
    }

    /** The current reading, refreshed first when there is none or it is older than {@code maxAge}. */
    public synchronized ClockSync sync(Duration maxAge) throws OkxException {
        if (latest == null || Duration.between(latest.syncedAt(), localClock.instant()).compareTo(maxAge) > 0) {
            latest = reader.read();
        }
        return latest;
    }

    /** Reads the server clock again, whatever the age of the last reading. */
    public synchronized ClockSync resync() throws OkxException {
        latest = reader.read();
        return latest;
    }

    /** The server's time now, by the latest reading (local time when there is none yet). */
    public synchronized Instant now() {
        Instant local = localClock.instant();
        return latest == null ? local : local.plus(latest.offset());
    }
}
