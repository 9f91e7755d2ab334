package dev.keyhaven.ui.rotate;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.KeptApiKey;

/**
 * A rotation's values as the lock found them, without its secrets: the new API key (which names the key; held
 * as a {@link Secret} all the same, and wiped with the draft). The secret key and a typed passphrase are not
 * kept: only whether there were any, to say they must come again.
 */
public final class RotationDraft implements AutoCloseable {

    private final KeptApiKey kept;

    RotationDraft(Secret apiKey, boolean secretKeyCleared, boolean passphraseCleared) {
        this(new KeptApiKey(apiKey, secretKeyCleared, passphraseCleared));
    }

    private RotationDraft(KeptApiKey kept) {
        this.kept = kept;
    }

    /** The same values, to keep after this draft is wiped; the caller closes the copy. */
    public RotationDraft copy() {
        return new RotationDraft(kept.copy());
    }

    Secret apiKey() {
        return kept.apiKey();
    }

    /** The sentence that says which secrets the lock cleared, or "" for none. */
    String clearedSentence(boolean passphraseCameBack) {
        return kept.clearedSentence(passphraseCameBack,
                "The secret key and passphrase were cleared when Keyhaven locked: paste them again.",
                "The secret key was cleared when Keyhaven locked: paste it again.",
                "The passphrase was cleared when Keyhaven locked: paste it again.");
    }

    /** Wipes the kept API key. */
    @Override
    public void close() {
        kept.close();
    }

    @Override
    public String toString() {
        return "RotationDraft[API key of a new key]";
    }
}
