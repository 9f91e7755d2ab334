package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultReplaceTest {

    @TempDir
    Path folder;

    private Path file;
    private Vault vault;
    private long oldId;

    @BeforeEach
    void vaultWithOneKey() throws VaultException {
        file = folder.resolve("rotate.keyhaven");
        vault = Vault.create(file, Secret.ofString("a master password"), VaultOptions.forTests());
        try (Credentials credentials = credentials("old")) {
            oldId = vault.add(draft("Grid bot", credentials)).record().id();
        }
    }

    @AfterEach
    void lock() {
        vault.close();
    }

    @Test
    void replacementTakesTheLabelAndTheOldKeyIsArchivedPointingToIt() throws VaultException {
        SaveOutcome outcome;
        try (Credentials fresh = credentials("new")) {
            outcome = vault.replace(oldId, draft("Grid bot", fresh), "Grid bot (old)", note("old"), note("new"));
        }
        long newId = outcome.record().id();
        assertThat(vault.keys()).extracting(KeyRecord::id).containsExactly(newId);
        KeyRecord old = vault.key(oldId).orElseThrow();
        assertThat(old.archived()).isTrue();
        assertThat(old.replacedById()).isEqualTo(newId);
        assertThat(old.label()).isEqualTo("Grid bot (old)");
        assertThat(vault.history(oldId)).extracting(HistoryEntry::summary).containsExactly("old");
        assertThat(vault.history(newId)).extracting(HistoryEntry::summary).containsExactly("new");
        try (Credentials stored = vault.credentials(newId)) {
            assertThat(stored.apiKey().reveal()).isEqualTo("api-new");
        }
    }

    @Test
    @Tag("mutation-redundant")
    void aFailureInTheMiddleLeavesTheVaultAsItWas() throws Exception {
        // The key row and the archive are written before the history notes: make the last write fail.
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = raw.createStatement()) {
            statement.execute("CREATE TRIGGER refuse_history BEFORE INSERT ON history"
                    + " BEGIN SELECT RAISE(ABORT, 'disk says no'); END");
        }
        try (Credentials fresh = credentials("new")) {
            assertThatThrownBy(() -> vault.replace(oldId, draft("Grid bot", fresh), "Grid bot (old)", note("old"), note("new")))
                    .isInstanceOf(VaultException.class);
        }
        assertThat(vault.keys()).extracting(KeyRecord::id, KeyRecord::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(oldId, "Grid bot"));
        assertThat(vault.archivedKeys()).isEmpty();
        vault.close();
        dropTrigger();
        try (Vault reopened = Vault.open(file, Secret.ofString("a master password"), VaultOptions.forTests())) {
            assertThat(reopened.keys()).extracting(KeyRecord::id).containsExactly(oldId);
            assertThat(reopened.archivedKeys()).isEmpty();
            assertThat(reopened.key(oldId).orElseThrow().archived()).isFalse();
            assertThat(reopened.history(oldId)).isEmpty();
        }
        vault = Vault.open(file, Secret.ofString("a master password"), VaultOptions.forTests());
    }

    @Test
    void anArchivedKeyCannotBeReplacedAgain() throws VaultException {
        try (Credentials fresh = credentials("new")) {
            vault.replace(oldId, draft("Grid bot", fresh), null, note("old"), note("new"));
        }
        try (Credentials third = credentials("third")) {
            assertThatThrownBy(() -> vault.replace(oldId, draft("Grid bot", third), null, note("a"), note("b")))
                    .isInstanceOf(VaultException.class)
                    .hasMessageContaining("archived already");
        }
    }

    private void dropTrigger() throws SQLException {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = raw.createStatement()) {
            statement.execute("DROP TRIGGER refuse_history");
        }
    }

    private static KeyDraft draft(String label, Credentials credentials) {
        return new KeyDraft(label, Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "", 0, credentials);
    }

    private static HistoryEntry note(String summary) {
        return new HistoryEntry(Instant.now(), HistoryEntry.Kind.CHANGE, HistoryEntry.Outcome.INFO, summary, false,
                null, List.of(), null, List.of(), null);
    }

    private static Credentials credentials(String tag) {
        return new Credentials(Secret.ofString("api-" + tag), Secret.ofString("secret-" + tag), Secret.ofString("Pass-" + tag));
    }
}
