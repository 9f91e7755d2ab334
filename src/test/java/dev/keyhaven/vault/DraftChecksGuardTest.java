package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each rule a draft and a new master password must meet, at its boundary. */
class DraftChecksGuardTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aNameOfOneHundredCharactersIsTakenOneMoreIsRefused() throws VaultException {
        assertThat(DraftChecks.validated(draft("x".repeat(100), 90), null, List.of()).label()).hasSize(100);
        assertInvalid(draft("x".repeat(101), 90), null, List.of(), "too long");
        assertThat(DraftChecks.validated(draft("  " + "x".repeat(100) + "  ", 90), null, List.of()).label())
                .as("measured after stripping").hasSize(100);
    }

    @Test
    void anEmptyOrBlankNameIsRefused() {
        assertInvalid(draft("", 90), null, List.of(), "Give the key a name");
        assertInvalid(draft("   ", 90), null, List.of(), "Give the key a name");
    }

    @Test
    void anActiveKeysNameIsTakenWhateverItsCaseButNotByTheKeyItself() throws VaultException {
        List<KeyRecord> others = List.of(record(1, "Grid bot", null), record(2, "Old", NOW));
        assertInvalid(draft("grid BOT", 90), null, others, "already exists");
        assertInvalid(draft("grid bot", 90), 2L, others, "already exists");
        assertThat(DraftChecks.validated(draft("Grid bot", 90), 1L, others).label()).as("editing itself").isEqualTo("Grid bot");
        assertThat(DraftChecks.validated(draft("old", 90), null, others).label()).as("an archived key's name is free")
                .isEqualTo("old");
    }

    @Test
    void theRotationIntervalRunsFromZeroToTenYears() throws VaultException {
        assertThat(DraftChecks.validated(draft("a", 0), null, List.of()).rotationDays()).isZero();
        assertThat(DraftChecks.validated(draft("a", 3650), null, List.of()).rotationDays()).isEqualTo(3650);
        assertInvalid(draft("a", -1), null, List.of(), "between 0 and 3650");
        assertInvalid(draft("a", 3651), null, List.of(), "between 0 and 3650");
    }

    @Test
    void aBlankAddressMeansTheRegionsAndAnotherIsNormalisedOrRefused() throws VaultException {
        assertThat(DraftChecks.validated(withUrl("   "), null, List.of()).baseUrl()).isNull();
        assertThat(DraftChecks.validated(withUrl(null), null, List.of()).baseUrl()).isNull();
        assertThat(DraftChecks.validated(withUrl("https://www.okx.com"), null, List.of()).baseUrl()).isNotBlank();
        assertThatThrownBy(() -> DraftChecks.validated(withUrl("ftp://example"), null, List.of()))
                .isInstanceOf(VaultException.class)
                .extracting(e -> ((VaultException) e).reason()).isEqualTo(VaultException.Reason.INVALID_INPUT);
    }

    @Test
    void eachCredentialMustHoldMoreThanSpaces() {
        assertInvalid(withCredentials("  ", "secret", "pass"), null, List.of(), "The API key is empty");
        assertInvalid(withCredentials("api", " \t", "pass"), null, List.of(), "The secret key is empty");
        assertInvalid(withCredentials("api", "secret", ""), null, List.of(), "The passphrase is empty");
        Secret wiped = Secret.ofString("pass");
        wiped.wipe();
        KeyDraft draft = new KeyDraft("a", Purpose.TRADING, Environment.LIVE, Region.EEA, null, "", 90,
                new Credentials(Secret.ofString("api"), Secret.ofString("secret"), wiped));
        assertInvalid(draft, null, List.of(), "The passphrase is empty");
    }

    @Test
    void aNewMasterPasswordIsNeitherEmptyNorWiped() throws VaultException {
        assertThatThrownBy(() -> DraftChecks.requireNewPassword(Secret.empty()))
                .hasMessageContaining("empty one");
        Secret wiped = Secret.ofString("long enough password");
        wiped.wipe();
        assertThatThrownBy(() -> DraftChecks.requireNewPassword(wiped)).hasMessageContaining("empty one");
        DraftChecks.requireNewPassword(Secret.ofString("x"));
    }

    private static void assertInvalid(KeyDraft draft, Long selfId, List<KeyRecord> others, String message) {
        assertThatThrownBy(() -> DraftChecks.validated(draft, selfId, others))
                .isInstanceOf(VaultException.class)
                .hasMessageContaining(message)
                .extracting(e -> ((VaultException) e).reason()).isEqualTo(VaultException.Reason.INVALID_INPUT);
    }

    private static KeyDraft draft(String label, int rotationDays) {
        return new KeyDraft(label, Purpose.TRADING, Environment.LIVE, Region.EEA, null, "", rotationDays,
                TestKeys.credentials("api", "secret", "pass"));
    }

    private static KeyDraft withUrl(String url) {
        return new KeyDraft("a", Purpose.TRADING, Environment.LIVE, Region.EEA, url, "", 90, null);
    }

    private static KeyDraft withCredentials(String api, String secret, String pass) {
        return new KeyDraft("a", Purpose.TRADING, Environment.LIVE, Region.EEA, null, "", 90,
                TestKeys.credentials(api, secret, pass));
    }

    private static KeyRecord record(long id, String label, Instant archivedAt) {
        return new KeyRecord(id, label, Purpose.TRADING, Environment.LIVE, Region.EEA, null, "", NOW, NOW, 90, Set.of(),
                archivedAt, null);
    }
}
