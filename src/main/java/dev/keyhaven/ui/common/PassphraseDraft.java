package dev.keyhaven.ui.common;

import dev.keyhaven.secret.Secret;
import java.util.function.Consumer;

/**
 * A passphrase generated for a key that was not saved yet when the app locked. The trader may already have
 * typed it into OKX, so the lock keeps it (as a wipeable {@link Secret}, nothing else of the vault) and the
 * page it came from is opened again with it after unlock. Alone it opens nothing: OKX also needs the API key
 * and the secret key, which the lock wiped with everything else.
 */
public final class PassphraseDraft implements AutoCloseable {

    private final Secret passphrase;
    private final Consumer<Secret> reopen;

    /**
     * Keeps {@code passphrase} (the caller hands it over); {@code reopen} opens its page again with it after
     * unlock (it must not keep the secret it is lent).
     */
    public PassphraseDraft(Secret passphrase, Consumer<Secret> reopen) {
        this.passphrase = passphrase;
        this.reopen = reopen;
    }

    /** Opens the page again with the passphrase, then wipes it. */
    public void offer() {
        try (this) {
            reopen.accept(passphrase);
        }
    }

    /** Wipes the passphrase. */
    @Override
    public void close() {
        passphrase.close();
    }

    @Override
    public String toString() {
        return "PassphraseDraft[" + passphrase.length() + " characters]";
    }
}
