package dev.keyhaven.keys;

import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import java.util.Optional;

/**
 * Why a key is archived, in one sentence: revoked (it may have leaked) or replaced by which key in a rotation.
 *
 * @param word        "revoked" or "replaced", for scripts
 * @param replacedBy  the label of the key that replaced it, while that key is in the vault
 * @param sentence    e.g. "Replaced by "Grid bot 2"." or "Revoked: not replaced."
 */
public record ArchiveReason(String word, String replacedBy, String sentence) {

    /** How the history of a key replaced in a rotation begins its note. */
    static final String REPLACED_IN_ROTATION = "Replaced in a rotation";

    public static ArchiveReason of(Vault vault, KeyRecord archived) throws VaultException {
        Long by = archived.replacedById();
        if (by == null) {
            return revoked(vault.history(archived.id()).stream().map(HistoryEntry::summary)
                    .anyMatch(summary -> summary.startsWith(REPLACED_IN_ROTATION)));
        }
        return of(archived, vault.key(by));
    }

    /** A key revoked; {@code replacedBefore} when a rotation had replaced it before it was restored. */
    static ArchiveReason revoked(boolean replacedBefore) {
        return new ArchiveReason("revoked", null, replacedBefore
                ? "Revoked after it was restored: a rotation had replaced it before, and no key replaced it this time."
                : "Revoked: not replaced.");
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
