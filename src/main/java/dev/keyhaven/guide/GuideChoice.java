package dev.keyhaven.guide;

import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import java.util.Collection;
import java.util.Set;

/**
 * Which checklist a stored key's Guide tab shows. A key that replaced another in a rotation keeps the
 * rotation checklist until the trader has ticked that the old key is deleted on OKX; every other key
 * shows the checklist it was created with (or, added as an existing key, the short check of it).
 */
public final class GuideChoice {

    /**
     * Stored among a key's ticks when it was added with "I already have a key": it was made without
     * Keyhaven's guide, so its Guide tab checks it instead of walking through creating it.
     */
    public static final String ADDED_EXISTING = "added-existing-key";

    /** The last step of the rotation checklist: the old key deleted on OKX. */
    public static final String ROTATION_FINISHED_STEP = "rotate-delete-old";

    private GuideChoice() {
    }

    /** Marks a key just added as one the trader already had ("I already have a key", or 'keyhaven add'). */
    public static void markAddedExisting(Vault vault, long keyId) throws VaultException {
        vault.setChecklistDone(keyId, Set.of(ADDED_EXISTING));
    }

    /** @param archivedKeys the vault's archived keys, where a rotated key's predecessor lives */
    public static ChecklistKind forKey(KeyRecord key, Collection<KeyRecord> archivedKeys) {
        boolean replacedAnother = archivedKeys.stream()
                .anyMatch(archived -> archived.replacedById() != null && archived.replacedById() == key.id());
        return replacedAnother && !key.checklistDone().contains(ROTATION_FINISHED_STEP)
                ? ChecklistKind.ROTATE
                : key.checklistDone().contains(ADDED_EXISTING) ? ChecklistKind.EXISTING_KEY : ChecklistKind.NEW_KEY;
    }
}
