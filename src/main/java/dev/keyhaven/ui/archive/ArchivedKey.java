package dev.keyhaven.ui.archive;

import java.util.List;

/**
 * One archived key as the archive shows it; plain text, worked out by {@link ArchivedKeysViewModel}.
 *
 * @param archived   e.g. "Archived 23 Nov 2026, 18:40"
 * @param fate       "Replaced by “Grid bot”" or that it was revoked
 * @param revoked    true when it was revoked (it may have leaked), not replaced
 * @param history    one line per event, newest first
 * @param alarm      "" unless OKX still accepted the revoked key when last checked: that, and where to delete it
 * @param deleteOnOkx a replaced key's "delete the old key on OKX" step while it is due, or empty
 */
public record ArchivedKey(long id, String label, String purpose, String archived, String fate, boolean revoked,
        List<String> history, String alarm, java.util.Optional<dev.keyhaven.keys.OldKeyOnOkx> deleteOnOkx) {

    public ArchivedKey {
        history = List.copyOf(history);
    }
}
