package dev.keyhaven.gateway;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts what the gateway did since the last {@link #drain()}: requests forwarded by endpoint, OKX's codes,
 * the signed uses OKX accepted and when the last one was, and what the gateway refused itself. Thread-safe;
 * cheap enough to call on every request.
 */
public final class UsageLedger {

    private Map<String, Integer> forwarded = new TreeMap<>();
    private Map<String, Integer> codes = new TreeMap<>();
    private Map<String, Integer> refused = new TreeMap<>();
    private int accepted;
    private Instant lastAcceptedAt;

    /** One request OKX answered; {@code endpoint} is e.g. "GET /api/v5/account/balance" (no query). */
    public synchronized void forwarded(String endpoint, OkxAnswer answer, Instant at) {
        forwarded.merge(endpoint, 1, Integer::sum);
        codes.merge(answer.code() == null ? "HTTP " + answer.status() : answer.code(), 1, Integer::sum);
        if (answer.acceptedUse()) {
            accepted++;
            if (lastAcceptedAt == null || at.isAfter(lastAcceptedAt)) {
                lastAcceptedAt = at;
            }
        }
    }

    /** A request that never reached OKX, by OKX code the gateway answered with. */
    public synchronized void refused(String code) {
        refused.merge(code, 1, Integer::sum);
    }

    /** A request that could not reach OKX at all (no network, a timeout). */
    public synchronized void unreachable(String endpoint) {
        forwarded.merge(endpoint, 1, Integer::sum);
        codes.merge("unreachable", 1, Integer::sum);
    }

    /** What was counted since the last drain; starts counting afresh. */
    public synchronized UsageBatch drain() {
        UsageBatch batch = new UsageBatch(forwarded, codes, refused, accepted, lastAcceptedAt);
        forwarded = new TreeMap<>();
        codes = new TreeMap<>();
        refused = new TreeMap<>();
        accepted = 0;
        lastAcceptedAt = null;
        return batch;
    }
}
