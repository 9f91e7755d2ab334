package dev.keyhaven.ui.common;

import dev.keyhaven.secret.Secret;

/**
 * What a key's entry keeps of its credentials over a lock: the API key (which names the key; held as a
 * {@link Secret} all the same, and wiped with this) and only whether a secret key and a typed passphrase were
 * there, which the lock clears and which must come again.
 */
public final class KeptApiKey implements AutoCloseable {

    /** Which secrets the lock cleared and the trader must give again. */
    public enum Cleared { NOTHING, SECRET_KEY, PASSPHRASE, BOTH }

    private final Secret apiKey;
    private final boolean secretKeyCleared;
    private final boolean passphraseCleared;

    public KeptApiKey(Secret apiKey, boolean secretKeyCleared, boolean passphraseCleared) {
        this.apiKey = apiKey;
        this.secretKeyCleared = secretKeyCleared;
        this.passphraseCleared = passphraseCleared;
    }

    /** The same, to keep after this one is wiped; the caller closes the copy. */
    public KeptApiKey copy() {
        return new KeptApiKey(apiKey.copy(), secretKeyCleared, passphraseCleared);
    }

    public Secret apiKey() {
        return apiKey;
    }

    /** What must come again; a passphrase that came back (the generated one) was not lost. */
    public Cleared cleared(boolean passphraseCameBack) {
        boolean passphrase = passphraseCleared && !passphraseCameBack;
        if (secretKeyCleared) {
            return passphrase ? Cleared.BOTH : Cleared.SECRET_KEY;
        }
        return passphrase ? Cleared.PASSPHRASE : Cleared.NOTHING;
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
