package dev.keyhaven.ui.newkey;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.Purpose;

/**
 * A passphrase the guide generated for a new key that was not saved yet when the app locked. The trader
 * may already have typed it into OKX, so the lock keeps it (as a wipeable {@link Secret}, nothing else of
 * the vault) and the guide offers it back after unlock. Alone it opens nothing: OKX also needs the API key
 * and the secret key, which the lock wiped with everything else.
 */
public final class PassphraseDraft implements AutoCloseable {

    private final Secret passphrase;
    private final Purpose purpose;
    private final Environment environment;
    private final Region region;

    /** Keeps {@code passphrase} (the caller hands it over) and the guide's choices. */
    public PassphraseDraft(Secret passphrase, Purpose purpose, Environment environment, Region region) {
        this.passphrase = passphrase;
        this.purpose = purpose;
        this.environment = environment;
        this.region = region;
    }

    /** A copy of the passphrase; the caller closes it. */
    public Secret passphrase() {
        return passphrase.copy();
    }

    public Purpose purpose() {
        return purpose;
    }

    public Environment environment() {
        return environment;
    }

    public Region region() {
        return region;
    }

    /** Wipes the passphrase. */
    @Override
    public void close() {
        passphrase.close();
    }

    @Override
    public String toString() {
        return "PassphraseDraft[" + purpose + ", " + environment + ", " + region + "]";
    }
}
