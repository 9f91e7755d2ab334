package dev.keyhaven.keys;

import dev.keyhaven.vault.HistoryEntry;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;

/**
 * How much of a key's history one read of the vault saw: its newest entry's time and how many entries it had.
 * A key's history only grows, so of two reads of the same key the one that saw more is the newer: whatever it
 * decided (the verdict, whether OKX still knows the key) is the newest known answer.
 *
 * @param newestAt the newest entry's time, or null for a key without history
 * @param entries  how many entries the read saw
 */
public record HistoryVersion(Instant newestAt, int entries) {

    /** Nothing seen: older than any read. */
    public static final HistoryVersion NONE = new HistoryVersion(null, 0);

    private static final Comparator<HistoryVersion> ORDER = Comparator
            .comparing(HistoryVersion::newestAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(HistoryVersion::entries);

    public static HistoryVersion of(Collection<HistoryEntry> history) {
        Instant newest = history.stream().map(HistoryEntry::at).max(Comparator.naturalOrder()).orElse(null);
        return new HistoryVersion(newest, history.size());
    }

    /** True when this read saw less of the history than {@code other}: what it decided is out of date. */
    public boolean olderThan(HistoryVersion other) {
        return ORDER.compare(this, other) < 0;
    }
}
