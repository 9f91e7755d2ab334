package dev.keyhaven.okx;

import dev.keyhaven.secret.Secret;
import java.util.Objects;

/**
 * The three values that sign a private request. The client only borrows them: whoever made this
 * holder closes it, which wipes all three.
 */
public record OkxCredentials(Secret apiKey, Secret secretKey, Secret passphrase) implements AutoCloseable {

    public OkxCredentials {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(secretKey, "secretKey");
        Objects.requireNonNull(passphrase, "passphrase");
    }

    @Override
    public void close() {
        apiKey.wipe();
        secretKey.wipe();
        passphrase.wipe();
    }

    @Override
    public String toString() {
        return "OkxCredentials[hidden]";
    }
}
