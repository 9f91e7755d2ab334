package dev.keyhaven.ui.common;

/**
 * What a page kept of its unsaved work when the app locked: how to open it again after unlock, and how to wipe
 * the few values it keeps as {@link dev.keyhaven.secret.Secret}s (a generated passphrase the trader may already
 * have typed into OKX, the API key typed into a form). Everything else, the secret key first, the lock wipes.
 *
 * @param reopen              opens the page again with the kept values (it must not keep the secrets)
 * @param wipe                wipes the kept secrets, once the page took them or the draft is dropped
 * @param generatedPassphrase true when a generated passphrase is kept: dropping it asks first
 */
public record PageDraft(Runnable reopen, Runnable wipe, boolean generatedPassphrase) implements AutoCloseable {

    /** True when a generated passphrase is kept, which may be typed into OKX already. */
    public boolean holdsGeneratedPassphrase() {
        return generatedPassphrase;
    }

    /** Opens the page again with what was kept, then wipes it. */
    public void offer() {
        try (this) {
            reopen.run();
        }
    }

    /** Wipes the kept secrets. */
    @Override
    public void close() {
        wipe.run();
    }

    @Override
    public String toString() {
        return generatedPassphrase ? "PageDraft[with a generated passphrase]" : "PageDraft[typed values]";
    }
}
