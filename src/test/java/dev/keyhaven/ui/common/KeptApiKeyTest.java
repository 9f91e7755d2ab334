package dev.keyhaven.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import org.junit.jupiter.api.Test;

/** Which of a page's sentences says what the lock cleared; a generated passphrase that came back was not lost. */
class KeptApiKeyTest {

    private static String said(boolean secretKeyCleared, boolean passphraseCleared, boolean passphraseCameBack) {
        try (KeptApiKey kept = new KeptApiKey(Secret.ofString("api"), secretKeyCleared, passphraseCleared)) {
            return kept.clearedSentence(passphraseCameBack, "both", "secret key", "passphrase");
        }
    }

    @Test
    void eachClearedSecretHasItsSentence() {
        assertThat(said(true, true, false)).isEqualTo("both");
        assertThat(said(true, false, false)).isEqualTo("secret key");
        assertThat(said(false, true, false)).isEqualTo("passphrase");
        assertThat(said(false, false, false)).isEmpty();
    }

    @Test
    void aPassphraseThatCameBackIsNotToldAsCleared() {
        assertThat(said(true, true, true)).isEqualTo("secret key");
        assertThat(said(false, true, true)).isEmpty();
    }
}
