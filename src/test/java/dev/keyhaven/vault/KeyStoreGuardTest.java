package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each refusal of the key store's changes, and that a refused change leaves the vault (and its file) as it was. */
class KeyStoreGuardTest {

    @TempDir
    Path folder;

    private Path file;
    private Vault vault;
    private long grid;
    private long old;

    @BeforeEach
    void aVaultWithAnActiveAndAnArchivedKey() throws Exception {
        file = folder.resolve("keys.khvault");
        vault = Vault.create(file, TestKeys.password(), VaultOptions.forTests());
        grid = vault.add(TestKeys.draft("grid")).record().id();
        old = vault.add(TestKeys.draft("old")).record().id();
        vault.archive(old, null);
    }

    @AfterEach
    void lock() {
        vault.close();
    }

    @Test
    void aKeyIsNotAddedWithoutCredentials() {
        assertInvalid(() -> vault.add(KeyDraft.of(vault.key(grid).orElseThrow()).withCredentials(null)),
                "Enter the API key, the secret key and the passphrase to add a key.");
    }

    @Test
    void anArchivedKeyIsNeitherEditedNorArchivedAgainNorRotated() throws Exception {
        assertInvalid(() -> vault.update(old, TestKeys.draft("old")), "\"old\" is archived, so it cannot be edited.");
        assertInvalid(() -> vault.archive(old, null), "\"old\" is already archived.");
        assertInvalid(() -> vault.archiveWithNote(old, note("again")), "\"old\" is already archived.");
        assertInvalid(() -> vault.replace(old, TestKeys.draft("new"), null, note("a"), note("b")), "is archived already");
        assertThat(vault.history(old)).as("no note was kept").isEmpty();
    }

    @Test
    void aRotationNeedsTheNewCredentials() throws Exception {
        KeyDraft noCredentials = KeyDraft.of(vault.key(grid).orElseThrow());
        assertInvalid(() -> vault.replace(grid, noCredentials, null, note("a"), note("b")),
                "Enter the new key's API key, secret key and passphrase to rotate \"grid\".");
        assertThat(vault.keys()).extracting(KeyRecord::label).containsExactly("grid");
    }

    @Test
    void aRotationKeepsTheOldLabelWhenNoArchivedLabelIsGivenAndStripsAGivenOne() throws Exception {
        long next = vault.replace(grid, TestKeys.draft("grid", "next"), "   ", note("a"), note("b")).record().id();
        assertThat(vault.key(grid).orElseThrow().label()).isEqualTo("grid");
        assertThat(vault.key(grid).orElseThrow().replacedById()).isEqualTo(next);
        long third = vault.replace(next, TestKeys.draft("grid", "third"), "  grid 2  ", note("c"), note("d")).record().id();
        assertThat(vault.key(next).orElseThrow().label()).isEqualTo("grid 2");
        assertThat(vault.keys()).extracting(KeyRecord::id).containsExactly(third);
        vault.close();
        try (Vault reopened = reopen()) {
            assertThat(reopened.key(next).orElseThrow().label()).isEqualTo("grid 2");
            assertThat(reopened.history(third)).extracting(HistoryEntry::summary).containsExactly("d");
        }
    }

    @Test
    void aKeyIsNotArchivedAsReplacedByItselfOrByAKeyNotInTheVault() throws Exception {
        assertInvalid(() -> vault.archive(grid, grid), "is not in this vault");
        assertInvalid(() -> vault.archive(grid, 999L), "is not in this vault");
        assertThat(vault.keys()).extracting(KeyRecord::label).containsExactly("grid");
        vault.archive(grid, old);
        assertThat(vault.key(grid).orElseThrow().replacedById()).isEqualTo(old);
    }

    @Test
    void anActiveKeyIsNotUnarchived() {
        assertInvalid(() -> vault.unarchive(grid), "\"grid\" is not archived");
    }

    @Test
    @Tag("mutation-redundant")
    void anUnknownKeyIsNamedByItsId() {
        for (ThrowingCallable call : new ThrowingCallable[] {
                () -> vault.credentials(999), () -> vault.apiKey(999), () -> vault.delete(999), () -> vault.history(999),
                () -> vault.recordHistory(999, note("x")), () -> vault.setChecklistDone(999, Set.of()),
                () -> vault.update(999, TestKeys.draft("x")), () -> vault.unarchive(999)}) {
            assertInvalid(call, "There is no key with id 999");
        }
    }

    @Test
    void missingArgumentsAreRefusedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> vault.add(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> vault.update(grid, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> vault.replace(grid, null, null, note("a"), note("b"))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> vault.replace(grid, TestKeys.draft("n"), null, null, note("b")))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> vault.replace(grid, TestKeys.draft("n"), null, note("a"), null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> vault.archiveWithNote(grid, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> vault.setChecklistDone(grid, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> vault.recordHistory(grid, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void anEditThatKeepsTheCredentialsStillNamesTheKeysHoldingTheSameApiKey() throws Exception {
        SaveOutcome twin = vault.add(new KeyDraft("twin", Purpose.TRADING, Environment.LIVE, Region.EEA, null, "", 90,
                TestKeys.credentials("apikey-grid", "other-secret", "other-pass")));
        assertThat(twin.duplicateOf()).containsExactly("grid");
        SaveOutcome edited = vault.update(grid, KeyDraft.of(vault.key(grid).orElseThrow()));
        assertThat(edited.duplicateOf()).as("itself is not named").containsExactly("twin");
        try (Credentials stored = vault.credentials(grid)) {
            assertThat(stored.secretKey().contentEquals(dev.keyhaven.secret.Secret.ofString("secretkey-grid"))).isTrue();
        }
        vault.archive(twin.record().id(), grid);
        assertThat(vault.update(grid, KeyDraft.of(vault.key(grid).orElseThrow())).duplicateOf())
                .as("an archived key is not named").isEmpty();
        SaveOutcome third = vault.add(new KeyDraft("third", Purpose.TRADING, Environment.LIVE, Region.EEA, null, "", 90,
                TestKeys.credentials("apikey-grid", "s", "p")));
        assertThat(third.duplicateOf()).containsExactly("grid");
        assertThat(third.notes()).singleElement().asString().contains("belonged to \u201ctwin\u201d");
    }

    @Test
    void everyChangeSurvivesALockAndIsSealed() throws Exception {
        vault.setChecklistDone(grid, Set.of("ip-allowlist"));
        vault.archiveWithNote(grid, note("revoked"));
        vault.unarchive(old);
        vault.delete(old);
        vault.close();
        try (Vault reopened = reopen()) {
            assertThat(reopened.key(grid).orElseThrow().checklistDone()).containsExactly("ip-allowlist");
            assertThat(reopened.key(grid).orElseThrow().archived()).isTrue();
            assertThat(reopened.history(grid)).extracting(HistoryEntry::summary).containsExactly("revoked");
            assertThat(reopened.key(old)).isEmpty();
        }
    }

    private Vault reopen() throws VaultException {
        return Vault.open(file, TestKeys.password(), VaultOptions.forTests());
    }

    private static void assertInvalid(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(VaultException.class).hasMessageContaining(message)
                .extracting(e -> ((VaultException) e).reason()).isEqualTo(VaultException.Reason.INVALID_INPUT);
    }

    private static HistoryEntry note(String summary) {
        return new HistoryEntry(Instant.now(), HistoryEntry.Kind.CHANGE, HistoryEntry.Outcome.INFO, summary, false, null,
                null, null, null, null);
    }
}
