package dev.keyhaven.vault;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether OKX last said of a key that it no longer knows it (deleted there), and how every face says it
 * of a key about to be restored: one rule and one sentence for the archive's Restore dialog and for backups.
 */
public final class GoneOnOkx {

    /** The problem ids (keys.ProblemId names) with which OKX says it does not know an API key. */
    public static final List<String> PROBLEM_IDS = List.of("KEY_NOT_FOUND", "AUTH_INVALID_KEY");

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private GoneOnOkx() {
    }

    /**
     * When a check in {@code history} said that OKX does not know the key, and OKX has not accepted the key since;
     * empty otherwise. A newer check that could not ask OKX (an outage, the network) does not bring the key back.
     */
    public static Optional<Instant> saidAt(List<HistoryEntry> history) {
        return saying(history).map(HistoryEntry::at);
    }

    /** The check {@link #saidAt} names. */
    public static Optional<HistoryEntry> saying(List<HistoryEntry> history) {
        return history.stream()
                .filter(entry -> entry.kind() == HistoryEntry.Kind.CHECK && entry.at() != null)
                .filter(entry -> entry.signedUse() || entry.outcome() != HistoryEntry.Outcome.FAILED
                        || saysUnknown(entry))
                .max(Comparator.comparing(HistoryEntry::at))
                .filter(GoneOnOkx::saysUnknown);
    }

    private static boolean saysUnknown(HistoryEntry check) {
        return !check.signedUse() && check.outcome() == HistoryEntry.Outcome.FAILED && check.problemIds().stream().anyMatch(PROBLEM_IDS::contains);
    }

    /**
     * e.g. "OKX said on 3 Dec 2026, 13:58 that it no longer knows this key: restored, it will not work."
     *
     * @param which "this key", or the key's name when a sentence speaks of several
     */
    public static String restoredSentence(Instant saidAt, ZoneId zone, String which) {
        return "OKX said on " + MOMENT.format(saidAt.atZone(zone)) + " that it no longer knows " + which
                + ": restored, it will not work.";
    }
}
