package dev.keyhaven.keys;

import dev.keyhaven.vault.GoneOnOkx;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Why a key is archived, in one sentence: revoked (it may have leaked), archived because OKX no longer knew it,
 * or replaced by which key in a rotation.
 *
 * @param word        "revoked", "gone" (OKX no longer knew it), "archived" (no longer used) or "replaced", for
 *                    scripts
 * @param replacedBy  the label of the key that replaced it, while that key is in the vault
 * @param sentence    e.g. "Replaced by "Grid bot 2".", "Revoked: not replaced." or "Archived: OKX no
 *                    longer knew this key on 3 Dec 2026, 15:24."
 */
public record ArchiveReason(String word, String replacedBy, String sentence) {

    /** How the history of a key replaced in a rotation begins its note. */
    static final String REPLACED_IN_ROTATION = "Replaced in a rotation";

    public static ArchiveReason of(Vault vault, KeyRecord archived) throws VaultException {
        Long by = archived.replacedById();
        if (by == null) {
            List<HistoryEntry> history = vault.history(archived.id());
            Optional<HistoryEntry> newest = history.stream()
                    .filter(entry -> HistoryNotes.isGoneOnOkx(entry) || HistoryNotes.isArchivedUnused(entry)
                            || isRevocation(entry))
                    .max(Comparator.comparing(HistoryEntry::at));
            if (newest.filter(HistoryNotes::isGoneOnOkx).isPresent()) {
                return new ArchiveReason("gone", null, newest.get().summary());
            }
            if (newest.filter(HistoryNotes::isArchivedUnused).isPresent()) {
                return new ArchiveReason("archived", null, newest.get().summary());
            }
            return revoked(history.stream().map(HistoryEntry::summary)
                    .anyMatch(summary -> summary.startsWith(REPLACED_IN_ROTATION)));
        }
        return of(archived, vault.key(by));
    }

    private static boolean isRevocation(HistoryEntry entry) {
        return entry.kind() == HistoryEntry.Kind.CHANGE && entry.summary().startsWith(KeyLifecycle.REVOKED);
    }

    /** A key revoked; {@code replacedBefore} when a rotation had replaced it before it was restored. */
    static ArchiveReason revoked(boolean replacedBefore) {
        return new ArchiveReason("revoked", null, replacedBefore
                ? "Revoked after it was restored: a rotation had replaced it before, and no key replaced it this time."
                : "Revoked: not replaced.");
    }

    /**
     * For the Restore dialog of a key whose newest check found that OKX does not know it, e.g. "OKX said on
     * 3 Dec 2026, 13:58 that it no longer knows this key: restored, it will not work."; empty otherwise.
     */
    public static Optional<String> goneOnOkx(List<HistoryEntry> history, ZoneId zone) {
        return goneOnOkxAt(history).map(at -> GoneOnOkx.restoredSentence(at, zone, "this key"));
    }

    /**
     * For the card of an archived key whose newest check found it deleted on OKX (Ask OKX again), e.g. "OKX
     * confirmed on 3 Dec 2026, 18:11 that it no longer accepts this key."; empty otherwise.
     */
    public static Optional<String> confirmedGone(List<HistoryEntry> history, ZoneId zone) {
        return goneOnOkxAt(history).map(at -> "OKX confirmed on " + KeyStatus.moment(at, zone)
                + " that it no longer accepts this key.");
    }

    /** When the newest check of a key said that OKX does not know it (deleted there); empty otherwise. */
    public static Optional<java.time.Instant> goneOnOkxAt(List<HistoryEntry> history) {
        return GoneOnOkx.saidAt(history);
    }

    /** @param replacement the key {@code archived.replacedById()} names, when it is still in the vault */
    public static ArchiveReason of(KeyRecord archived, Optional<KeyRecord> replacement) {
        if (archived.replacedById() == null) {
            return revoked(false);
        }
        return replacement
                .map(now -> new ArchiveReason("replaced", now.label(), "Replaced by \u201c" + now.label() + "\u201d"
                        + (now.archived() ? " (archived since)." : ".")))
                .orElse(new ArchiveReason("replaced", null, "Replaced by a key no longer in the vault."));
    }
}
