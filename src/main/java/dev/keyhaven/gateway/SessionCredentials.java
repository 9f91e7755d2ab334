package dev.keyhaven.gateway;

import dev.keyhaven.guide.PassphraseGenerator;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * Credentials made for one gateway run and handed to the bot instead of the real ones: shaped like OKX's
 * (a UUID key, 32 upper-case hex characters of secret, a passphrase OKX would accept), worthless anywhere but
 * at this gateway and only while it runs.
 */
public final class SessionCredentials {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SessionCredentials() {
    }

    /** Fresh random credentials, none of them equal to the matching value of {@code stored}. */
    public static Credentials distinctFrom(Credentials stored) {
        while (true) {
            Credentials made = random();
            if (!made.apiKey().contentEquals(stored.apiKey()) && !made.secretKey().contentEquals(stored.secretKey())
                    && !made.passphrase().contentEquals(stored.passphrase())) {
                return made;
            }
            made.close();
        }
    }

    static Credentials random() {
        byte[] secretBytes = new byte[16];
        RANDOM.nextBytes(secretBytes);
        char[] secret = HexFormat.of().withUpperCase().formatHex(secretBytes).toCharArray();
        java.util.Arrays.fill(secretBytes, (byte) 0);
        Secret apiKey = Secret.ofString(UUID.randomUUID().toString().toLowerCase(Locale.ROOT));
        return new Credentials(apiKey, Secret.wrap(secret), new PassphraseGenerator(RANDOM, 24).generate());
    }
}
