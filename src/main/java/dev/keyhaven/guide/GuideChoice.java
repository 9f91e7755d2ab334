package dev.keyhaven.guide;

import dev.keyhaven.vault.KeyRecord;
import java.util.Collection;

/**
 * Which checklist a stored key's Guide tab shows. A key that replaced another in a rotation keeps the
 * rotation checklist until the trader has ticked that the old key is deleted on OKX; every other key
 * shows the checklist it was created with.
 */
public final class GuideChoice {

    /** The last step of the rotation checklist: the old key deleted on OKX. */
    public static final String ROTATION_FINISHED_STEP = "rotate-delete-old";

    private GuideChoice() {
    }

    /** @param archivedKeys the vault's archived keys, where a rotated key's predecessor lives */
    public static ChecklistKind forKey(KeyRecord key, Collection<KeyRecord> archivedKeys) {
        boolean replacedAnother = archivedKeys.stream()
                .anyMatch(archived -> archived.replacedById() != null && archived.replacedById() == key.id());
        return replacedAnother && !key.checklistDone().contains(ROTATION_FINISHED_STEP)
                ? ChecklistKind.ROTATE
                : ChecklistKind.NEW_KEY;
    }
}
