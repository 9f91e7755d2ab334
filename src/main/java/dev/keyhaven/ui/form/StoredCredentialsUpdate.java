package dev.keyhaven.ui.form;

import dev.keyhaven.keys.KeyStatus;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.SaveOutcome;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import java.time.Instant;

/** Saves the form of a stored key: an empty credential keeps the stored value; changed ones need a new check. */
final class StoredCredentialsUpdate {

    private StoredCredentialsUpdate() {
    }

    /** Call off the JavaFX thread; the caller closes {@code given}. */
    static SaveOutcome save(Vault vault, KeyRecord editing, KeyDraft draft, Credentials given) throws VaultException {
        boolean anyGiven = !given.apiKey().isEmpty() || !given.secretKey().isEmpty() || !given.passphrase().isEmpty();
        if (!anyGiven) {
            return vault.update(editing.id(), draft);
        }
        try (Credentials stored = vault.credentials(editing.id());
                Credentials merged = new Credentials(
                        pick(given.apiKey(), stored.apiKey()),
                        pick(given.secretKey(), stored.secretKey()),
                        pick(given.passphrase(), stored.passphrase()))) {
            boolean changed = !merged.apiKey().contentEquals(stored.apiKey())
                    || !merged.secretKey().contentEquals(stored.secretKey())
                    || !merged.passphrase().contentEquals(stored.passphrase());
            SaveOutcome outcome = vault.update(editing.id(), draft.withCredentials(merged));
            if (changed) {
                // The newest check was about the old values: the key's status says so until it is checked again.
                vault.recordHistory(editing.id(), KeyStatus.credentialsChanged(Instant.now()));
            }
            return outcome;
        }
    }

    private static Secret pick(Secret given, Secret stored) {
        return given.isEmpty() ? stored.copy() : given.copy();
    }
}
