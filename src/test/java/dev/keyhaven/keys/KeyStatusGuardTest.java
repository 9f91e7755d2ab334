package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key's status from stored checks whose detail cannot be read, hand-outs, and a restore from the archive. */
class KeyStatusGuardTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    @TempDir
    Path folder;

    private Vault vault;
    private long id;

    @BeforeEach
    void vaultWithAKey() throws VaultException {
        vault = Vault.create(folder.resolve("v.keyhaven"), Secret.ofString("a long master password 1!"),
                VaultOptions.forTests().withClock(Clock.fixed(NOW, ZoneOffset.UTC)));
        try (Credentials credentials = new Credentials(Secret.ofString("6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b"),
                Secret.ofString("22582BD0CFF14C41EDBF1AB98506286D"), Secret.ofString("Grid-Bot-Pass-2024!"))) {
            id = vault.add(new KeyDraft("bot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "", 0,
                    credentials)).record().id();
        }
    }

    @AfterEach
    void close() {
        vault.close();
    }

    private KeyStatus status() throws VaultException {
        KeyRecord key = vault.key(id).orElseThrow();
        return KeyStatus.of(vault, key);
    }

    private void record(Instant at, HistoryEntry.Kind kind, HistoryEntry.Outcome outcome, boolean signedUse,
                        String detail) throws VaultException {
        vault.recordHistory(id, new HistoryEntry(at, kind, outcome, "entry", signedUse, null, List.of(), null,
                List.of(), detail));
    }

    @Test
    void aCheckWithoutDetailIsJudgedByItsStoredOutcome() throws VaultException {
        record(NOW.minusSeconds(60), HistoryEntry.Kind.CHECK, HistoryEntry.Outcome.FAILED, false, null);

        KeyStatus status = status();

        assertThat(status.verdict()).isEqualTo(KeyVerdict.COULD_NOT_CHECK);
        assertThat(status.newestCheck()).isEmpty();
        assertThat(status.checkOutcome()).contains(CheckOutcome.FAILED);
        assertThat(status.checkLine(ZoneOffset.UTC)).isEqualTo("Check failed 2 Dec 2026, 11:59: OKX gave no answer");
        assertThat(status.sentence(ZoneOffset.UTC)).startsWith(KeyVerdict.COULD_NOT_CHECK.text())
                .endsWith(" OKX has not accepted this key in any check yet.");
        assertThat(status.known().withdrawEnabled()).isFalse();
    }

    @Test
    void aFailedCheckOkxSignedForNeedsAFixAndAnOkOneWorks() throws VaultException {
        record(NOW.minusSeconds(60), HistoryEntry.Kind.CHECK, HistoryEntry.Outcome.FAILED, true, "not json");
        assertThat(status().verdict()).isEqualTo(KeyVerdict.NEEDS_FIX);

        record(NOW.minusSeconds(30), HistoryEntry.Kind.CHECK, HistoryEntry.Outcome.OK, true, "not json");
        assertThat(status().verdict()).isEqualTo(KeyVerdict.WORKS);

        record(NOW.minusSeconds(10), HistoryEntry.Kind.CHECK, HistoryEntry.Outcome.WARNING, true, "not json");
        assertThat(status().verdict()).isEqualTo(KeyVerdict.WORKS_WITH_WARNINGS);
    }

    @Test
    void anOlderSignedCheckWhoseDetailIsUnreadableIsNoLastAnswer() throws VaultException {
        record(NOW.minusSeconds(120), HistoryEntry.Kind.CHECK, HistoryEntry.Outcome.OK, true, "not json");
        record(NOW.minusSeconds(60), HistoryEntry.Kind.CHECK, HistoryEntry.Outcome.FAILED, false, "not json");

        KeyStatus status = status();

        assertThat(status.lastAnswer()).isEmpty();
        assertThat(status.verdict()).isEqualTo(KeyVerdict.COULD_NOT_CHECK);
    }

    @Test
    void theLastHandOutIsTheNewestHandOutNotTheNewestEntry() throws VaultException {
        record(NOW.minusSeconds(300), HistoryEntry.Kind.HANDOUT, HistoryEntry.Outcome.INFO, false, null);
        record(NOW.minusSeconds(60), HistoryEntry.Kind.CHECK, HistoryEntry.Outcome.OK, true, "not json");

        assertThat(status().lastHandout()).contains(NOW.minusSeconds(300));
    }

    @Test
    void aRestoredKeyIsActiveAgainAndChangedUntilCheckedAgain() throws VaultException {
        record(NOW.minusSeconds(600), HistoryEntry.Kind.CHECK, HistoryEntry.Outcome.OK, true, "not json");
        KeyLifecycle lifecycle = new KeyLifecycle(vault, Clock.fixed(NOW, ZoneOffset.UTC));
        lifecycle.revoke(id);
        assertThat(vault.key(id).orElseThrow().archived()).isTrue();

        lifecycle.restore(id);

        assertThat(vault.key(id).orElseThrow().archived()).isFalse();
        assertThat(vault.history(id)).filteredOn(KeyStatus::isRestore).hasSize(1);
        KeyStatus status = status();
        assertThat(status.verdict()).isEqualTo(KeyVerdict.CHANGED);
        assertThat(status.restoredSinceCheck()).isTrue();
        assertThat(status.reason()).startsWith("The key was restored from the archive");
        assertThat(status.sentence(ZoneOffset.UTC)).startsWith(KeyVerdict.CHANGED.text())
                .endsWith(" OKX has not accepted this key in any check yet.");
    }

    @Test
    void aCredentialsChangeIsNoRestore() throws VaultException {
        record(NOW.minusSeconds(600), HistoryEntry.Kind.CHECK, HistoryEntry.Outcome.OK, true, "not json");
        vault.recordHistory(id, KeyStatus.credentialsChanged(NOW.minusSeconds(60)));

        KeyStatus status = status();

        assertThat(KeyStatus.isRestore(KeyStatus.credentialsChanged(NOW))).isFalse();
        assertThat(status.verdict()).isEqualTo(KeyVerdict.CHANGED);
        assertThat(status.restoredSinceCheck()).as("a save, not a restore").isFalse();
        assertThat(status.reason()).startsWith("The credentials were changed");
    }
}
