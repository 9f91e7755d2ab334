package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.SaveOutcome;
import dev.keyhaven.vault.VaultException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class KeyLifecycleTest extends KeyLifecycleFixture {

    @Test
    void aSecondRotationTheSameDaySaysItIsTheSecondArchivedCopyNotARecordNumber() throws VaultException {
        SaveOutcome first;
        try (Credentials fresh = credentials("new")) {
            first = lifecycle.rotate(gridBot, fresh);
        }
        try (Credentials newer = credentials("newer")) {
            lifecycle.rotate(first.record().id(), newer);
        }
        assertThat(vault.key(first.record().id()).orElseThrow().label())
                .isEqualTo("Grid bot (replaced 2026-11-23, archived copy 2)");
    }

    @Test
    @Tag("mutation-redundant")
    void rotationGivesTheNewKeyTheOldNameAndArchivesTheOldOne() throws VaultException {
        SaveOutcome outcome;
        try (Credentials fresh = credentials("new")) {
            outcome = lifecycle.rotate(gridBot, fresh);
        }
        KeyRecord replacement = outcome.record();
        KeyRecord old = vault.key(gridBot).orElseThrow();

        assertThat(vault.keys()).extracting(KeyRecord::label).containsExactly("Grid bot");
        assertThat(replacement.label()).isEqualTo("Grid bot");
        assertThat(replacement.region()).isEqualTo(Region.EEA);
        assertThat(replacement.rotationDays()).isEqualTo(60);
        assertThat(replacement.notes()).isEqualTo("runs on the VPS");
        try (Credentials stored = vault.credentials(replacement.id())) {
            assertThat(stored.apiKey().reveal()).isEqualTo("apikey-new");
        }
        assertThat(old.archived()).isTrue();
        assertThat(old.replacedById()).isEqualTo(replacement.id());
        assertThat(old.label()).isEqualTo("Grid bot (replaced 2026-11-23)");
        assertThat(vault.archivedKeys()).extracting(KeyRecord::id).containsExactly(gridBot);
        assertThat(vault.history(gridBot)).extracting(HistoryEntry::summary)
                .anyMatch(summary -> summary.startsWith("Replaced in a rotation"));
        assertThat(vault.history(replacement.id())).extracting(HistoryEntry::summary)
                .anyMatch(summary -> summary.startsWith("Replaces the key archived"));
    }

    @Test
    void pastingTheOldKeyAgainIsRefusedAndChangesNothing() throws VaultException {
        try (Credentials same = credentials("old")) {
            assertThatThrownBy(() -> lifecycle.rotate(gridBot, same))
                    .isInstanceOf(VaultException.class)
                    .hasMessageContaining("Create a new key on OKX");
        }
        assertThat(vault.keys()).extracting(KeyRecord::id, KeyRecord::label).containsExactly(
                org.assertj.core.groups.Tuple.tuple(gridBot, "Grid bot"));
        assertThat(vault.archivedKeys()).isEmpty();
    }

    @Test
    void aRefusedReplacementLeavesTheOldKeyAsItWas() throws VaultException {
        try (Credentials other = credentials("other")) {
            vault.add(new KeyDraft("Tax journal", Purpose.READ_ONLY, Environment.LIVE, Region.EEA, null, "", 0, other));
        }
        try (Credentials blankSecret = new Credentials(Secret.ofString("apikey-new"), Secret.ofString("  "),
                Secret.ofString("Passphrase1!"))) {
            assertThatThrownBy(() -> lifecycle.rotate(gridBot, blankSecret)).isInstanceOf(VaultException.class);
        }
        KeyRecord old = vault.key(gridBot).orElseThrow();
        assertThat(old.label()).isEqualTo("Grid bot");
        assertThat(old.archived()).isFalse();
        assertThat(vault.keys()).hasSize(2);
    }

    @Test
    @Tag("mutation-redundant")
    void aRevocationThatFailsHalfWayLeavesNeitherTheArchiveNorItsNote() throws Exception {
        Path file = vault.path();
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = raw.createStatement()) {
            statement.execute("CREATE TRIGGER refuse_key_update BEFORE UPDATE ON keys"
                    + " BEGIN SELECT RAISE(ABORT, 'disk says no'); END");
        }

        assertThatThrownBy(() -> lifecycle.revoke(gridBot)).isInstanceOf(VaultException.class);

        assertThat(vault.key(gridBot).orElseThrow().archived()).isFalse();
        assertThat(vault.history(gridBot)).as("no note about a revocation that did not happen").isEmpty();
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = raw.createStatement()) {
            statement.execute("DROP TRIGGER refuse_key_update");
        }
        lifecycle.revoke(gridBot);
        assertThat(vault.key(gridBot).orElseThrow().archived()).isTrue();
        assertThat(vault.history(gridBot)).hasSize(1);
    }

    @Test
    void revokingArchivesTheKeyWithAWarningInItsHistory() throws VaultException {
        lifecycle.revoke(gridBot);

        KeyRecord revoked = vault.key(gridBot).orElseThrow();
        assertThat(revoked.archived()).isTrue();
        assertThat(revoked.replacedById()).isNull();
        assertThat(vault.keys()).isEmpty();
        assertThat(vault.history(gridBot)).first().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo(HistoryEntry.Outcome.WARNING);
            assertThat(entry.summary()).contains("Delete it on OKX");
        });
        assertThatThrownBy(() -> lifecycle.revoke(gridBot)).hasMessageContaining("archived already");
    }

    @Test
    void unknownKeysGetASentenceWithTheNextStep() {
        assertThatThrownBy(() -> lifecycle.revoke(999))
                .isInstanceOf(VaultException.class)
                .hasMessage("There is no key with id 999 in this vault. Refresh the key list and try again.");
    }
}
