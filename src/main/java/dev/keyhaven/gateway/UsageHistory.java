package dev.keyhaven.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keyhaven.keys.GatewayProcess;
import dev.keyhaven.keys.KeyInUse;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Writes a gateway run into the key's history: its start (a hand-out, of session credentials, naming this
 * Keyhaven process so that others can tell whether the run is alive), then every {@link #FLUSH_EVERY} what
 * the gateway counted since, when it counted anything (one vault write per batch, not per request; nothing
 * for an idle bot), and at the end the run's totals. A batch in
 * which OKX accepted a signed request is a signed use dated by the newest such request, so "last used" and
 * OKX's 14-day countdown are exact.
 */
public final class UsageHistory implements AutoCloseable {

    public static final Duration FLUSH_EVERY = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where entries go: a key's history in the vault. */
    @FunctionalInterface
    public interface Sink {
        void record(HistoryEntry entry) throws VaultException;
    }

    private final Sink sink;
    private final String program;
    private final UsageLedger ledger;
    private final Clock clock;
    private final Consumer<String> warnings;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "keyhaven-gateway-history");
        thread.setDaemon(true);
        return thread;
    });
    private UsageBatch total = UsageBatch.empty();
    private UsageBatch unwritten = UsageBatch.empty();
    private Instant startedAt;
    /** Tells this run's entries from another run's of the same key. */
    private final String run = Long.toHexString(new java.security.SecureRandom().nextLong());
    private boolean closed;

    /** @param warnings told, in a sentence, when the history cannot be written; the gateway goes on */
    public UsageHistory(Vault vault, long keyId, String program, UsageLedger ledger, Clock clock,
                        Consumer<String> warnings) {
        this(entry -> vault.recordHistory(keyId, entry), program, ledger, clock, warnings);
    }

    UsageHistory(Sink sink, String program, UsageLedger ledger, Clock clock, Consumer<String> warnings) {
        this.sink = sink;
        this.program = program;
        this.ledger = ledger;
        this.clock = clock;
        this.warnings = warnings;
    }

    /** Records the start and begins writing batches. */
    public void start(String policy) {
        start(policy, FLUSH_EVERY);
    }

    synchronized void start(String policy, Duration flushEvery) {
        startedAt = clock.instant();
        write(new HistoryEntry(startedAt, HistoryEntry.Kind.HANDOUT, HistoryEntry.Outcome.INFO, "Gateway started for "
                + program + ": it got session credentials, not the key. " + policy, false, null, List.of(), null,
                List.of(), startMarker().toString()));
        long every = flushEvery.toMillis();
        timer.scheduleAtFixedRate(this::flush, every, every, TimeUnit.MILLISECONDS);
    }

    /** Writes what was counted since the last write; nothing when nothing was counted. */
    public synchronized void flush() {
        if (closed) {
            return;
        }
        UsageBatch drained = ledger.drain();
        total = total.plus(drained);
        UsageBatch batch = unwritten.plus(drained);
        if (batch.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        boolean used = batch.accepted() > 0;
        boolean written = write(new HistoryEntry(used ? batch.lastAcceptedAt() : now,
                HistoryEntry.Kind.KEEP_ALIVE, outcome(batch), summary(batch), used, null,
                List.of(), null, List.of(), detail(KeyInUse.BATCH, now, batch)));
        unwritten = written ? UsageBatch.empty() : batch;
    }

    /** Writes the last batch and the run's end. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        timer.shutdownNow();
        flush();
        closed = true;
        Instant end = clock.instant();
        long minutes = startedAt == null ? 0 : Duration.between(startedAt, end).toMinutes();
        write(new HistoryEntry(end, HistoryEntry.Kind.KEEP_ALIVE, HistoryEntry.Outcome.INFO, "Gateway for " + program
                + " stopped after " + (minutes < 1 ? "less than a minute" : minutes + " min") + ": "
                + total.forwardedCount() + " requests sent to OKX, " + total.accepted() + " accepted, "
                + total.refusedCount() + " refused by Keyhaven.", false, null, List.of(), null, List.of(),
                detail(KeyInUse.STOPPED, end, total)));
    }

    /** Everything counted so far in this run, including what is not yet written. */
    public synchronized UsageBatch total() {
        return total;
    }

    static String summary(UsageBatch batch) {
        StringBuilder text = new StringBuilder("Gateway: OKX accepted ").append(batch.accepted()).append(" of ")
                .append(batch.forwardedCount()).append(" requests");
        if (!batch.forwarded().isEmpty()) {
            text.append(" (").append(UsageBatch.list(batch.forwarded())).append("); OKX codes: ")
                    .append(UsageBatch.list(batch.codes()));
        }
        if (!batch.refused().isEmpty()) {
            text.append("; refused by Keyhaven: ").append(UsageBatch.list(batch.refused()));
        }
        return text.append('.').toString();
    }

    private static HistoryEntry.Outcome outcome(UsageBatch batch) {
        if (batch.forwardedCount() > 0 && batch.accepted() == 0) {
            return HistoryEntry.Outcome.FAILED;
        }
        boolean allFine = batch.refused().isEmpty()
                && batch.codes().keySet().stream().allMatch(code -> code.equals("0"));
        return allFine ? HistoryEntry.Outcome.OK : HistoryEntry.Outcome.WARNING;
    }

    private ObjectNode marker(String event, Instant seenAt) {
        ObjectNode gateway = JSON.createObjectNode();
        ObjectNode detail = gateway.putObject(KeyInUse.GATEWAY);
        detail.put(KeyInUse.EVENT, event);
        detail.put(KeyInUse.RUN, run);
        detail.put(KeyInUse.SEEN_AT, seenAt.toString());
        return gateway;
    }

    /** The start names this process, by which a reader of the vault tells whether the run is alive. */
    private ObjectNode startMarker() {
        ObjectNode gateway = marker(KeyInUse.STARTED, startedAt);
        GatewayProcess.current().ifPresent(process -> {
            ObjectNode detail = (ObjectNode) gateway.get(KeyInUse.GATEWAY);
            detail.put(KeyInUse.PID, process.pid());
            detail.put(KeyInUse.PROCESS_STARTED, process.startedAt().toString());
            detail.put(KeyInUse.COMPUTER, process.computer());
        });
        return gateway;
    }

    private String detail(String event, Instant seenAt, UsageBatch batch) {
        ObjectNode gateway = marker(event, seenAt);
        ObjectNode detail = (ObjectNode) gateway.get(KeyInUse.GATEWAY);
        put(detail.putObject("forwarded"), batch.forwarded());
        put(detail.putObject("codes"), batch.codes());
        put(detail.putObject("refused"), batch.refused());
        detail.put("accepted", batch.accepted());
        return gateway.toString();
    }

    private static void put(ObjectNode node, Map<String, Integer> counts) {
        new java.util.TreeMap<>(counts).forEach(node::put);
    }

    /** False when the vault refused the entry; a batch is then kept and written with the next one. */
    private boolean write(HistoryEntry entry) {
        try {
            sink.record(entry);
            return true;
        } catch (VaultException | RuntimeException e) {
            warnings.accept("The gateway's use of the key could not be written to its history ("
                    + e.getMessage() + "); it keeps counting and tries again in "
                    + FLUSH_EVERY.toSeconds() + " seconds.");
            return false;
        }
    }
}
