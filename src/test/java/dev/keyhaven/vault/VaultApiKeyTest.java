package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.secret.Secret;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultApiKeyTest {

    @TempDir
    Path folder;

    @Test
    void theApiKeyIsDecryptedWithoutTouchingTheOtherTwoValues() throws Exception {
        Path file = folder.resolve("keys.keyhaven");
        try (Vault vault = Vault.create(file, TestKeys.password(), VaultOptions.forTests())) {
            long id = vault.add(TestKeys.draft("Grid bot", "grid")).record().id();
            // Values that cannot decrypt, changed while unlocked (a fresh unlock reports the broken seal):
            // reading either would fail as damaged.
            try (RawVaultFile raw = new RawVaultFile(file)) {
                raw.setBlob("keys", KeyRows.SECRET_KEY, id, new byte[40]);
                raw.setBlob("keys", KeyRows.PASSPHRASE, id, new byte[40]);
            }
            try (Secret apiKey = vault.apiKey(id)) {
                assertThat(apiKey.reveal()).isEqualTo("apikey-grid");
            }
            assertThatThrownBy(() -> vault.credentials(id)).isInstanceOfSatisfying(VaultException.class,
                    e -> assertThat(e.reason()).isEqualTo(VaultException.Reason.DAMAGED));
        }
    }
}
