package dev.keyhaven.ui.newkey;

import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A key being created with the guide. Until it is saved there is no record to store the trader's ticks
 * on, so the session keeps them and hands them to the vault with the new key.
 */
public final class NewKeySession {

    private Set<String> ticks = Set.of();

    /** The guide's ticks as they stand (GuideActions.onTicksChanged). */
    public void ticksChanged(Set<String> current) {
        ticks = Set.copyOf(current);
    }

    public Set<String> ticks() {
        return ticks;
    }

    /** Stores the ticks made before the key existed with the saved key; call off the JavaFX thread. */
    public void keySaved(Vault vault, KeyRecord saved) throws VaultException {
        if (ticks.isEmpty()) {
            return;
        }
        Set<String> all = new LinkedHashSet<>(saved.checklistDone());
        all.addAll(ticks);
        vault.setChecklistDone(saved.id(), all);
    }
}
