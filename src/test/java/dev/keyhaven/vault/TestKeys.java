package dev.keyhaven.vault;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;

/** Drafts and passwords for vault tests. The values look like OKX's but are made up. */
final class TestKeys {

    static final String PASSWORD = "correct horse battery staple";

    private TestKeys() {
    }

    static Secret password() {
        return Secret.ofString(PASSWORD);
    }

    static Credentials credentials(String apiKey, String secretKey, String passphrase) {
        return new Credentials(Secret.ofString(apiKey), Secret.ofString(secretKey), Secret.ofString(passphrase));
    }

    /** A draft whose every value contains {@code tag}, so the raw file can be searched for it. */
    static KeyDraft draft(String label, String tag) {
        return new KeyDraft(label, Purpose.TRADING, Environment.LIVE, Region.EEA, null, "notes-" + tag, 90,
                credentials("apikey-" + tag, "secretkey-" + tag, "passphrase-" + tag));
    }

    static KeyDraft draft(String label) {
        return draft(label, label.replace(' ', '-'));
    }
}
