package dev.keyhaven.keys;

import dev.keyhaven.vault.HistoryEntry;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The notes a key's history carries about changes that make older checks speak of something else: the
 * credentials saved anew, the key restored from the archive. {@link KeyStatus} reads them.
 */
public final class HistoryNotes {

    /** The history note the credentials form leaves when it saves changed values. */
    public static final String CREDENTIALS_CHANGED = "The API key, secret key or passphrase was changed.";
    /** The history note a restore from the archive leaves: what older checks said may have changed since. */
    public static final String RESTORED = "Restored from the archive.";

    /** The history note of a key archived because the trader no longer uses it (see {@link KeyLifecycle#archive}). */
    static final String ARCHIVED_UNUSED = "Archived: no longer used. It still works on OKX until it is deleted there.";

    /** How the note of a key archived because OKX no longer knew it begins (see {@link #goneOnOkx}). */
    static final String GONE_ON_OKX = "Archived: OKX no longer knew this key on ";

    private HistoryNotes() {
    }

    /** A note for the history: the credentials were changed now, so older checks speak of other values. */
    public static HistoryEntry credentialsChanged(Instant at) {
        return new HistoryEntry(at, HistoryEntry.Kind.CHANGE, HistoryEntry.Outcome.INFO, CREDENTIALS_CHANGED, false,
                null, List.of(), null, List.of(), null);
    }

    public static boolean isCredentialsChange(HistoryEntry entry) {
        return entry.kind() == HistoryEntry.Kind.CHANGE && CREDENTIALS_CHANGED.equals(entry.summary());
    }

    /** A note for the history: the key came back from the archive now, so older checks may no longer hold. */
    public static HistoryEntry restored(Instant at) {
        return new HistoryEntry(at, HistoryEntry.Kind.CHANGE, HistoryEntry.Outcome.INFO, RESTORED, false,
                null, List.of(), null, List.of(), null);
    }

    public static boolean isRestore(HistoryEntry entry) {
        return entry.kind() == HistoryEntry.Kind.CHANGE && RESTORED.equals(entry.summary());
    }

    /**
     * A note for the history: the key was archived at {@code at} because OKX's check at {@code refusedAt}
     * said it no longer knew it, e.g. "Archived: OKX no longer knew this key on 3 Dec 2026, 15:24."
     */
    static HistoryEntry goneOnOkx(Instant at, Instant refusedAt, ZoneId zone) {
        return new HistoryEntry(at, HistoryEntry.Kind.CHANGE, HistoryEntry.Outcome.INFO,
                GONE_ON_OKX + KeyStatus.moment(refusedAt, zone) + ".", false, null, List.of(), null, List.of(), null);
    }

    static HistoryEntry archivedUnused(Instant at) {
        return new HistoryEntry(at, HistoryEntry.Kind.CHANGE, HistoryEntry.Outcome.INFO, ARCHIVED_UNUSED, false,
                null, List.of(), null, List.of(), null);
    }

    static boolean isArchivedUnused(HistoryEntry entry) {
        return entry.kind() == HistoryEntry.Kind.CHANGE && ARCHIVED_UNUSED.equals(entry.summary());
    }

    static boolean isGoneOnOkx(HistoryEntry entry) {
        return entry.kind() == HistoryEntry.Kind.CHANGE && entry.summary().startsWith(GONE_ON_OKX);
    }
}
