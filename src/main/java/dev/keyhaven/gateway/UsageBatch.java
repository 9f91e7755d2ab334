package dev.keyhaven.gateway;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The gateway's counts over a stretch of time.
 *
 * @param forwarded      requests sent to OKX, by "METHOD /path"
 * @param codes          OKX's answers by code ("0", "51008"...; "HTTP 502" for a page without OKX's JSON)
 * @param refused        requests the gateway answered itself, by the OKX code it used (50113, 50030...)
 * @param accepted       signed uses OKX accepted (see {@link OkxAnswer#acceptedUse()})
 * @param lastAcceptedAt when OKX accepted the newest of them, or null
 */
public record UsageBatch(Map<String, Integer> forwarded, Map<String, Integer> codes, Map<String, Integer> refused,
                         int accepted, Instant lastAcceptedAt) {

    public UsageBatch {
        forwarded = Map.copyOf(forwarded);
        codes = Map.copyOf(codes);
        refused = Map.copyOf(refused);
    }

    public static UsageBatch empty() {
        return new UsageBatch(Map.of(), Map.of(), Map.of(), 0, null);
    }

    public boolean isEmpty() {
        return forwarded.isEmpty() && refused.isEmpty();
    }

    public int forwardedCount() {
        return forwarded.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int refusedCount() {
        return refused.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The two batches together. */
    public UsageBatch plus(UsageBatch other) {
        Instant last = lastAcceptedAt == null ? other.lastAcceptedAt
                : other.lastAcceptedAt == null || lastAcceptedAt.isAfter(other.lastAcceptedAt) ? lastAcceptedAt
                : other.lastAcceptedAt;
        return new UsageBatch(sum(forwarded, other.forwarded), sum(codes, other.codes), sum(refused, other.refused),
                accepted + other.accepted, last);
    }

    /** e.g. "GET /api/v5/account/balance 10, POST /api/v5/trade/order 2". */
    static String list(Map<String, Integer> counts) {
        return new TreeMap<>(counts).entrySet().stream()
                .map(entry -> entry.getKey() + " " + entry.getValue())
                .collect(Collectors.joining(", "));
    }

    private static Map<String, Integer> sum(Map<String, Integer> a, Map<String, Integer> b) {
        Map<String, Integer> result = new TreeMap<>(a);
        b.forEach((key, value) -> result.merge(key, value, Integer::sum));
        return result;
    }
}
