package dev.keyhaven.secret;

import java.util.Objects;

/**
 * The three values OKX gives for an API key: the vault stores them, a check signs requests with them,
 * {@code run} hands them to a bot. Whoever made this holder closes it, which wipes all three.
 */
public record Credentials(Secret apiKey, Secret secretKey, Secret passphrase) implements AutoCloseable {

    public Credentials {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(secretKey, "secretKey");
        Objects.requireNonNull(passphrase, "passphrase");
    }

    /** Copies of all three, which the caller closes; this holder stays untouched. */
    public Credentials copy() {
        return new Credentials(apiKey.copy(), secretKey.copy(), passphrase.copy());
    }

    @Override
    public void close() {
        apiKey.wipe();
        secretKey.wipe();
        passphrase.wipe();
    }

    @Override
    public String toString() {
        return "Credentials[hidden]";
    }
}
