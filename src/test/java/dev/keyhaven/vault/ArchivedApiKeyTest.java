package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #15: an API key saved again after its key was archived, in a real vault file. */
class ArchivedApiKeyTest {

    private static final Instant REVOKED = Instant.parse("2026-12-03T12:00:00Z");

    @TempDir
    Path folder;

    private Vault create() throws VaultException {
        return Vault.create(folder.resolve("keys.keyhaven"), TestKeys.password(),
                VaultOptions.forTests().withClock(Clock.fixed(REVOKED, ZoneOffset.UTC)));
    }

    @Test
    void aRevokedKeysApiKeyIsRefusedWithTheDayItWasRevoked() throws Exception {
        try (Vault vault = create()) {
            long leaked = vault.add(TestKeys.draft("gridbot", "leaked")).record().id();
            vault.archive(leaked, null);

            assertThatThrownBy(() -> vault.add(TestKeys.draft("gridbot 2", "leaked")))
                    .isInstanceOf(VaultException.class)
                    .hasMessageContaining("You revoked this key on 3 Dec because it may have leaked")
                    .hasMessageContaining("Create a new key on OKX instead");
            assertThat(vault.keys()).isEmpty();

            long other = vault.add(TestKeys.draft("journal", "other")).record().id();
            assertThatThrownBy(() -> vault.update(other, KeyDraft.of(vault.key(other).orElseThrow())
                    .withCredentials(TestKeys.credentials("apikey-leaked", "s", "p"))))
                    .hasMessageContaining("You revoked this key on 3 Dec");
        }
    }

    @Test
    void aReplacedKeysApiKeyIsSavedWithANote() throws Exception {
        try (Vault vault = create()) {
            long old = vault.add(TestKeys.draft("gridbot", "old")).record().id();
            long replacement = vault.add(TestKeys.draft("gridbot new", "new")).record().id();
            vault.archive(old, replacement);

            SaveOutcome again = vault.add(TestKeys.draft("gridbot again", "old"));

            assertThat(again.warnings()).singleElement().asString()
                    .contains("a rotation replaced on 3 Dec").contains("gridbot");
            assertThat(again.hasWarnings()).isTrue();
        }
    }

    @Test
    void theDayIsToldInTheZoneOfTheVaultsClock() throws Exception {
        Instant lateEvening = Instant.parse("2026-12-02T22:30:00Z");
        try (Vault vault = Vault.create(folder.resolve("east.keyhaven"), TestKeys.password(),
                VaultOptions.forTests().withClock(Clock.fixed(lateEvening, ZoneId.of("Asia/Tokyo"))))) {
            long leaked = vault.add(TestKeys.draft("gridbot", "leaked")).record().id();
            vault.archive(leaked, null);

            assertThatThrownBy(() -> vault.add(TestKeys.draft("gridbot 2", "leaked")))
                    .as("22:30 UTC is the next morning in Tokyo")
                    .hasMessageContaining("You revoked this key on 3 Dec");
        }
    }
}
