package dev.keyhaven.vault;

import dev.keyhaven.secret.Secret;
import java.util.Objects;

/** The three values OKX gives or asks for. Close it to wipe all three. */
public record Credentials(Secret apiKey, Secret secretKey, Secret passphrase) implements AutoCloseable {

    public Credentials {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(secretKey, "secretKey");
        Objects.requireNonNull(passphrase, "passphrase");
    }

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
