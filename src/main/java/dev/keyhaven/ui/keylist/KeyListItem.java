package dev.keyhaven.ui.keylist;

import dev.keyhaven.keys.HistoryVersion;
import dev.keyhaven.keys.KeyInUse;
import dev.keyhaven.keys.KeyVerdict;
import dev.keyhaven.vault.KeyRecord;
import java.util.Locale;
import java.util.Objects;

/**
 * One row of the key list: the record, its verdict (keys.KeyStatus decides it), how many entries its
 * history has, whether a bot uses it now (keys.KeyInUse decides it), and whether its newest check found that
 * OKX no longer knows it (read with the rest in the background, so the page's menu need not read the vault).
 * {@code version} says how much of the history that read saw: the key's page prefers a newer read of its own.
 */
public record KeyListItem(KeyRecord key, KeyVerdict status, int historyEntries, KeyInUse inUse,
        boolean unknownOnOkx, HistoryVersion version) {

    public KeyListItem {
        inUse = inUse == null ? KeyInUse.none() : inUse;
        version = version == null ? new HistoryVersion(null, historyEntries) : version;
    }

    /** A key OKX was not found to have forgotten. */
    public KeyListItem(KeyRecord key, KeyVerdict status, int historyEntries, KeyInUse inUse) {
        this(key, status, historyEntries, inUse, false, null);
    }

    /** A key no bot is known to use. */
    public KeyListItem(KeyRecord key, KeyVerdict status, int historyEntries) {
        this(key, status, historyEntries, KeyInUse.none());
    }

    /** A key whose history is not counted (made-up keys drawn before unlock). */
    public KeyListItem(KeyRecord key, KeyVerdict status) {
        this(key, status, 0);
    }

    /**
     * True when {@code other} is this key with only its history grown (a check, a hand-out), not with
     * anything its page shows otherwise changed; a ticked guide step or a save changes more.
     */
    public boolean sameKeyWithNewHistory(KeyListItem other) {
        return other != null && key.id() == other.key.id() && sameShownDetails(key, other.key);
    }

    /** What a key's page shows of its record: all of it but the ticked guide steps and the edit time. */
    private static boolean sameShownDetails(KeyRecord a, KeyRecord b) {
        return a.label().equals(b.label()) && a.purpose() == b.purpose() && a.environment() == b.environment()
                && a.region() == b.region() && Objects.equals(a.baseUrl(), b.baseUrl())
                && Objects.equals(a.notes(), b.notes()) && a.createdAt().equals(b.createdAt())
                && a.rotationDays() == b.rotationDays() && Objects.equals(a.archivedAt(), b.archivedAt())
                && Objects.equals(a.replacedById(), b.replacedById());
    }

    /** True when {@code filter} is blank or found in the label, purpose, environment, region or status. */
    public boolean matches(String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String wanted = filter.strip().toLowerCase(Locale.ROOT);
        return String.join(" ", key.label(), key.purpose().displayName(), key.purpose().permissionSummary(),
                        key.environment().displayName(), key.region().displayName(), status.text())
                .toLowerCase(Locale.ROOT)
                .contains(wanted);
    }
}
