package dev.keyhaven.keys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyhaven.vault.HistoryEntry;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a bot is using the key now, worked out from the key's history and the computer's processes: the
 * one rule and wording that the key list, the Status tab and the command line show.
 *
 * <p>A gateway run writes a start, a batch whenever its bot sent requests, then a stop; each carries
 * {@code {"gateway":{"event":...,"run":...}}} in its detail, and the start also names the Keyhaven process
 * that runs it ({@link GatewayProcess}). A start without a stop is "in use" while that process runs; once it
 * does not (killed, a crash, a power cut), the run ended without its stop record. A run on another computer
 * that shares the vault cannot be seen from here: it is told with the time of its last entry. Plain
 * {@code run} hands the key itself to a program and records only that: Keyhaven cannot see whether that
 * program still runs.
 */
public final class KeyInUse {

    /** The detail fields a gateway run writes and this class reads. */
    public static final String GATEWAY = "gateway";
    public static final String EVENT = "event";
    public static final String RUN = "run";
    public static final String SEEN_AT = "seenAt";
    public static final String PID = "pid";
    public static final String PROCESS_STARTED = "processStarted";
    public static final String COMPUTER = "computer";
    public static final String STARTED = "started";
    public static final String BATCH = "batch";
    public static final String STOPPED = "stopped";

    public enum State {
        /** No bot has the key, as far as the history tells. */
        NONE,
        /** A bot uses the key through Keyhaven's gateway now: the process running it is alive. */
        GATEWAY,
        /** A gateway run has no stop record and the process that ran it is gone. */
        GATEWAY_ENDED,
        /** A gateway run has no stop record and runs (or ran) where its process cannot be seen from here. */
        GATEWAY_NOT_VISIBLE,
        /** {@code keyhaven run} (without the gateway) handed the key itself to a program. */
        HANDED_OUT
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final KeyInUse NONE = new KeyInUse(State.NONE, null, null, 0, 0, null);

    private final State state;
    private final Instant since;
    private final Instant lastSeen;
    private final long requests;
    private final long accepted;
    private final GatewayProcess process;

    private KeyInUse(State state, Instant since, Instant lastSeen, long requests, long accepted,
                     GatewayProcess process) {
        this.state = state;
        this.since = since;
        this.lastSeen = lastSeen;
        this.requests = requests;
        this.accepted = accepted;
        this.process = process;
    }

    public static KeyInUse none() {
        return NONE;
    }

    /** @param history the key's history, in any order; the computer's processes are asked now */
    public static KeyInUse of(List<HistoryEntry> history) {
        Optional<HistoryEntry> handout = history.stream()
                .filter(entry -> entry.kind() == HistoryEntry.Kind.HANDOUT)
                .max(Comparator.comparing(HistoryEntry::at));
        if (handout.isEmpty()) {
            return NONE;
        }
        Optional<JsonNode> start = gateway(handout.get()).filter(node -> STARTED.equals(node.path(EVENT).asText()));
        if (start.isEmpty()) {
            return new KeyInUse(State.HANDED_OUT, handout.get().at(), handout.get().at(), 0, 0, null);
        }
        String run = start.get().path(RUN).asText();
        Instant since = handout.get().at();
        Instant lastSeen = since;
        long requests = 0;
        long accepted = 0;
        for (HistoryEntry entry : history) {
            Optional<JsonNode> node = gateway(entry).filter(detail -> run.equals(detail.path(RUN).asText()));
            if (node.isEmpty() || entry.kind() == HistoryEntry.Kind.HANDOUT) {
                continue;
            }
            String event = node.get().path(EVENT).asText();
            if (STOPPED.equals(event)) {
                return NONE;
            }
            if (BATCH.equals(event)) {
                lastSeen = latest(lastSeen, seenAt(entry, node.get()));
                requests += sum(node.get().path("forwarded"));
                accepted += node.get().path("accepted").asLong();
            }
        }
        GatewayProcess process = process(start.get()).orElse(null);
        return new KeyInUse(stateOf(process), since, lastSeen, requests, accepted, process);
    }

    /**
     * The same run judged again by asking whether its process still runs: no vault read, cheap enough for a
     * timer. Anything but a run shown in use is returned as it is.
     */
    public KeyInUse recheck() {
        if (state != State.GATEWAY) {
            return this;
        }
        State now = stateOf(process);
        return now == state ? this : new KeyInUse(now, since, lastSeen, requests, accepted, process);
    }

    private static State stateOf(GatewayProcess process) {
        if (process == null) {
            return State.GATEWAY_NOT_VISIBLE;
        }
        return switch (process.seen()) {
            case RUNNING -> State.GATEWAY;
            case ENDED -> State.GATEWAY_ENDED;
            case NOT_VISIBLE -> State.GATEWAY_NOT_VISIBLE;
        };
    }

    public State state() {
        return state;
    }

    /** True while a bot uses the key through the gateway: what a marker beside the key shows. */
    public boolean inUse() {
        return state == State.GATEWAY;
    }

    /** When the run began, or the key was handed out. */
    public Optional<Instant> since() {
        return Optional.ofNullable(since);
    }

    /** The time of a gateway run's newest entry: its start or its newest batch. */
    public Optional<Instant> lastSeen() {
        return Optional.ofNullable(lastSeen);
    }

    /** Requests the run sent to OKX, as of its newest batch. */
    public long requests() {
        return requests;
    }

    /** Of those, the ones OKX accepted. */
    public long accepted() {
        return accepted;
    }

    /** A word or two for beside the key's verdict in a list; empty when there is nothing to mark. */
    public String mark() {
        return inUse() ? "In use" : "";
    }

    /**
     * Why the key must not be deleted now, or empty: a bot signing through the gateway would go on using a key the
     * vault no longer holds, and its use would be recorded nowhere.
     */
    public Optional<String> refusesDeletion(String label, ZoneId zone) {
        return inUse() ? Optional.of("\"" + label + "\" was not deleted. " + sentence(zone) + " Stop that bot first, then delete the key: deleted now, the bot"
                + " would go on trading with a key Keyhaven no longer holds, and what it does would be recorded nowhere.")
                : Optional.empty();
    }

    /**
     * Why the key must not be archived now, or empty: the bot signing through the gateway would go on trading with a
     * key that has left the list of keys, where nothing shows it is in use.
     */
    public Optional<String> refusesArchiving(String label, ZoneId zone) {
        return inUse() ? Optional.of("\"" + label + "\" was not archived. " + sentence(zone) + " Stop that bot first, then archive the key: archived now,"
                + " the bot would go on trading with a key that is no longer in your list of keys.")
                : Optional.empty();
    }

    /** One sentence with its times, e.g. for the Status tab and {@code keyhaven show}; empty for NONE. */
    public String sentence(ZoneId zone) {
        return switch (state) {
            case NONE -> "";
            case GATEWAY -> "In use by a bot through Keyhaven's gateway since " + time(since, zone) + " ("
                    + requests + (requests == 1 ? " request" : " requests") + " sent to OKX, " + accepted
                    + " accepted, as of " + time(lastSeen, zone) + ").";
            case GATEWAY_ENDED -> "A gateway run started " + time(since, zone) + " ended without a stop record "
                    + "(Keyhaven was stopped or the computer went off); last seen " + time(lastSeen, zone) + ".";
            case GATEWAY_NOT_VISIBLE -> "A gateway run started " + time(since, zone)
                    + (process == null ? "" : " on " + process.computer()) + " has no stop record; Keyhaven cannot "
                    + "see from here whether it still runs; last seen " + time(lastSeen, zone) + ".";
            case HANDED_OUT -> "Handed to a bot at " + time(since, zone) + " with the key itself ('keyhaven run' "
                    + "without --gateway); Keyhaven cannot see whether it still runs.";
        };
    }

    @Override
    public String toString() {
        return "KeyInUse[" + state + ", since " + since + ", last seen " + lastSeen + ", " + requests + " requests]";
    }

    private static Optional<JsonNode> gateway(HistoryEntry entry) {
        String detail = entry.detailJson();
        if (detail == null || !detail.contains("\"" + GATEWAY + "\"")) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(detail).path(GATEWAY);
            return node.isObject() && node.has(EVENT) ? Optional.of(node) : Optional.empty();
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<GatewayProcess> process(JsonNode start) {
        try {
            return start.has(PID) && start.has(PROCESS_STARTED)
                    ? Optional.of(new GatewayProcess(start.path(PID).asLong(),
                            Instant.parse(start.path(PROCESS_STARTED).asText()), start.path(COMPUTER).asText()))
                    : Optional.empty();
        } catch (java.time.format.DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    private static Instant seenAt(HistoryEntry entry, JsonNode node) {
        try {
            return node.has(SEEN_AT) ? Instant.parse(node.path(SEEN_AT).asText()) : entry.at();
        } catch (java.time.format.DateTimeParseException unreadable) {
            return entry.at();
        }
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static long sum(JsonNode counts) {
        long total = 0;
        for (JsonNode count : counts) {
            total += count.asLong();
        }
        return total;
    }

    private static String time(Instant instant, ZoneId zone) {
        return MOMENT.format(instant.atZone(zone));
    }
}
