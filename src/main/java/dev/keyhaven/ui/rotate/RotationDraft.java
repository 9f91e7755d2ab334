package dev.keyhaven.ui.rotate;

import dev.keyhaven.secret.Secret;

/**
 * A rotation's values as the lock found them, without its secrets: the new API key (which names the key; held
 * as a {@link Secret} all the same, and wiped with the draft). The secret key and a typed passphrase are not
 * kept: only whether there were any, to say they must come again.
 */
public final class RotationDraft implements AutoCloseable {

    private final Secret apiKey;
    private final boolean secretKeyCleared;
    private final boolean passphraseCleared;

    RotationDraft(Secret apiKey, boolean secretKeyCleared, boolean passphraseCleared) {
        this.apiKey = apiKey;
        this.secretKeyCleared = secretKeyCleared;
        this.passphraseCleared = passphraseCleared;
    }

    /** The same values, to keep after this draft is wiped; the caller closes the copy. */
    public RotationDraft copy() {
        return new RotationDraft(apiKey.copy(), secretKeyCleared, passphraseCleared);
    }

    Secret apiKey() {
        return apiKey;
    }

    /**
     * The sentence that says which secrets the lock cleared, or "" for none; a passphrase that came back
     * (the generated one) was not lost.
     */
    String clearedSentence(boolean passphraseCameBack) {
        boolean passphrase = passphraseCleared && !passphraseCameBack;
        if (secretKeyCleared && passphrase) {
            return "The secret key and passphrase were cleared when Keyhaven locked: paste them again.";
        }
        if (secretKeyCleared) {
            return "The secret key was cleared when Keyhaven locked: paste it again.";
        }
        return passphrase ? "The passphrase was cleared when Keyhaven locked: paste it again." : "";
    }

    /** Wipes the kept API key. */
    @Override
    public void close() {
        apiKey.close();
    }

    @Override
    public String toString() {
        return "RotationDraft[API key of a new key]";
    }
}
