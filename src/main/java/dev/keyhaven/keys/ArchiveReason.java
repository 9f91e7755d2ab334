package dev.keyhaven.keys;

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

    public static ArchiveReason of(Vault vault, KeyRecord archived) throws VaultException {
        Long by = archived.replacedById();
        return of(archived, by == null ? Optional.empty() : vault.key(by));
    }

    /** @param replacement the key {@code archived.replacedById()} names, when it is still in the vault */
    public static ArchiveReason of(KeyRecord archived, Optional<KeyRecord> replacement) {
        if (archived.replacedById() == null) {
            return new ArchiveReason("revoked", null, "Revoked: not replaced.");
        }
        return replacement
                .map(now -> new ArchiveReason("replaced", now.label(), "Replaced by \"" + now.label() + "\""
                        + (now.archived() ? " (archived since)." : ".")))
                .orElse(new ArchiveReason("replaced", null, "Replaced by a key no longer in the vault."));
    }
}
