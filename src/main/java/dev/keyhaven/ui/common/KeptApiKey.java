package dev.keyhaven.ui.common;

import dev.keyhaven.secret.Secret;

/**
 * What a key's entry keeps of its credentials over a lock: the API key (which names the key; held as a
 * {@link Secret} all the same, and wiped with this) and only whether a secret key and a typed passphrase were
 * there, which the lock clears and which must come again.
 */
public record KeptApiKey(Secret apiKey, boolean secretKeyCleared, boolean passphraseCleared) implements AutoCloseable {

    /** The same, to keep after this one is wiped; the caller closes the copy. */
    public KeptApiKey copy() {
        return new KeptApiKey(apiKey.copy(), secretKeyCleared, passphraseCleared);
    }

    /**
     * Of the three sentences, the one for what the lock cleared and must come again, or "" for nothing; a
     * passphrase that came back (the generated one) was not lost.
     */
    public String clearedSentence(boolean passphraseCameBack, String both, String secretKey, String passphrase) {
        boolean passphraseLost = passphraseCleared && !passphraseCameBack;
        if (secretKeyCleared) {
            return passphraseLost ? both : secretKey;
        }
        return passphraseLost ? passphrase : "";
    }

    /** Wipes the kept API key. */
    @Override
    public void close() {
        apiKey.close();
    }

    @Override
    public String toString() {
        return "KeptApiKey[API key of a new key]";
    }
}
