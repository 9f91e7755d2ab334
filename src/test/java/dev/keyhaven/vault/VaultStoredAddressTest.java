package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.okx.OkxBaseUrl;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key saved by an older version with an address this version refuses: it opens, and can be corrected. */
class VaultStoredAddressTest {

    private static final String REFUSED_NOW = "https://www.okx.com@evil.io";

    @TempDir
    Path folder;

    @Test
    @Tag("mutation-redundant")
    void aKeyWithARefusedAddressOpensAndCanBeGivenAnAcceptedOne() throws Exception {
        Path file = folder.resolve("older.keyhaven");
        KeyRecord key;
        try (Vault vault = Vault.create(file, TestKeys.password(), VaultOptions.forTests())) {
            key = vault.add(TestKeys.draft("Grid bot")).record();
        }
        OlderVaultWriter.storeBaseUrl(file, TestKeys.password(), key, REFUSED_NOW);

        try (Vault vault = Vault.open(file, TestKeys.password(), VaultOptions.forTests())) {
            assertThat(vault.key(key.id()).orElseThrow().baseUrl()).isEqualTo(REFUSED_NOW);

            KeyDraft keepsIt = KeyDraft.of(vault.key(key.id()).orElseThrow()).withCredentials(null);
            assertThatThrownBy(() -> vault.update(key.id(), keepsIt))
                    .isInstanceOfSatisfying(VaultException.class, e -> {
                        assertThat(e.reason()).isEqualTo(VaultException.Reason.INVALID_INPUT);
                        assertThat(e.getMessage()).contains("without a user name");
                    });

            KeyDraft corrected = new KeyDraft(key.label(), key.purpose(), key.environment(), key.region(),
                    "https://eea.okx.com/", key.notes(), key.rotationDays(), null);
            assertThat(vault.update(key.id(), corrected).record().baseUrl()).isEqualTo("https://eea.okx.com");
        }
    }

    @Test
    void theVaultRefusesWhatTheOneValidatorRefuses() throws Exception {
        try (Vault vault = Vault.create(folder.resolve("new.keyhaven"), TestKeys.password(), VaultOptions.forTests())) {
            for (String address : new String[] {REFUSED_NOW, "https://proxy.example", "http://127.evil.com"}) {
                KeyDraft draft = new KeyDraft("bot", Purpose.TRADING, dev.keyhaven.okx.Environment.LIVE,
                        dev.keyhaven.okx.Region.GLOBAL, address, "", 0, TestKeys.credentials("k", "s", "p"));
                assertThatThrownBy(() -> vault.add(draft)).isInstanceOf(VaultException.class)
                        .hasMessageContaining(messageOf(address));
            }
            assertThat(vault.keys()).isEmpty();
        }
    }

    private static String messageOf(String address) {
        try {
            OkxBaseUrl.parse(address);
            throw new AssertionError(address + " should be refused");
        } catch (IllegalArgumentException refused) {
            return refused.getMessage();
        }
    }
}
