package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * What each row's tag in the seal covers, shown by changes that every value's own integrity check
 * would catch only later (when the key or history is read), or not at all: the seal refuses them at
 * unlock as "changed outside Keyhaven". Also the seal's side of an older, unsealed format.
 */
class VaultSealRowsGuardTest extends VaultFileFixture {

    private static final String ROWS_CHANGED = "its keys or their history are not as Keyhaven left them";

    private static HistoryEntry check(String summary) {
        return entry(HistoryEntry.Kind.CHECK, HistoryEntry.Outcome.OK, summary, true);
    }

    private long aKeyWithTwoChecks() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            long id = vault.add(TestKeys.draft("grid")).record().id();
            vault.recordHistory(id, check("Works."));
            vault.recordHistory(id, check("Works again."));
            return id;
        }
    }

    @Test
    void aKeyRowMovedToAnotherIdIsRefusedAtUnlock() throws Exception {
        long id = aKeyWithTwoChecks();
        try (RawVaultFile raw = new RawVaultFile(file())) {
            raw.execute("UPDATE keys SET id = id + 100 WHERE id = " + id);
        }
        assertTamperedBecause(ROWS_CHANGED);
    }

    @Test
    void aHistoryEntryCopiedOverAnotherIsRefusedAtUnlock() throws Exception {
        aKeyWithTwoChecks();
        try (RawVaultFile raw = new RawVaultFile(file())) {
            long first = raw.queryLong("SELECT min(id) FROM history");
            long second = raw.queryLong("SELECT max(id) FROM history");
            raw.setBlob("history", "entry", second, raw.blob("history", "entry", first));
        }
        assertTamperedBecause(ROWS_CHANGED);
    }

    @Test
    void aByteMovedFromOneValueToTheNextIsRefusedAtUnlock() throws Exception {
        long id = aKeyWithTwoChecks();
        try (RawVaultFile raw = new RawVaultFile(file())) {
            byte[] metadata = raw.blob("keys", "metadata", id);
            byte[] apiKey = raw.blob("keys", "api_key", id);
            byte[] longerApiKey = new byte[apiKey.length + 1];
            longerApiKey[0] = metadata[metadata.length - 1];
            System.arraycopy(apiKey, 0, longerApiKey, 1, apiKey.length);
            raw.setBlob("keys", "metadata", id, Arrays.copyOf(metadata, metadata.length - 1));
            raw.setBlob("keys", "api_key", id, longerApiKey);
        }
        assertTamperedBecause(ROWS_CHANGED);
    }

    @Test
    void aKeyWithHistoryIsDeletedFromAFileOfTheFormatBeforeSeals() throws Exception {
        try (Vault vault = VaultOpening.create(file(), TestKeys.password(), VaultOptions.forTests(), formerSchema(1))) {
            long id = vault.add(TestKeys.draft("grid")).record().id();
            long kept = vault.add(TestKeys.draft("dca")).record().id();
            vault.recordHistory(id, check("Works."));
            vault.recordHistory(kept, check("Works too."));
            vault.delete(id);
            assertThat(vault.keys()).extracting(KeyRecord::label).containsExactly("dca");
            assertThat(vault.history(kept)).extracting(HistoryEntry::summary).containsExactly("Works too.");
        }
        try (RawVaultFile raw = new RawVaultFile(file())) {
            assertThat(raw.queryLong("SELECT count(*) FROM history")).isEqualTo(1);
        }
    }

    @Test
    void aFileWithoutASealIsRememberedAtGenerationZeroWithoutAFingerprint() throws Exception {
        Path config = folder.resolve("config");
        try (Vault vault = VaultOpening.create(file(), TestKeys.password(),
                VaultOptions.forTests().withGenerationMemory(config), formerSchema(1))) {
            GenerationMemory.Seen seen = new GenerationMemory(config).lastSeen(vault.header().vaultId()).orElseThrow();
            assertThat(seen.generation()).isZero();
            assertThat(seen.fingerprint()).isEmpty();
        }
    }

    @Test
    void aFileOfTheFirstSealedFormatHasItsSealReadAtCreation() throws Exception {
        Path config = folder.resolve("config");
        try (Vault vault = VaultOpening.create(file(), TestKeys.password(),
                VaultOptions.forTests().withGenerationMemory(config), formerSchema(Schema.SEALED_FROM))) {
            GenerationMemory.Seen seen = new GenerationMemory(config).lastSeen(vault.header().vaultId()).orElseThrow();
            assertThat(seen.generation()).isEqualTo(1);
            assertThat(seen.fingerprint()).isNotEmpty();
        }
    }

    private void assertTamperedBecause(String what) {
        assertThatThrownBy(() -> Vault.open(file(), TestKeys.password(), VaultOptions.forTests()).close())
                .isInstanceOf(VaultException.class)
                .hasMessageContaining("(" + what + ")")
                .extracting(e -> ((VaultException) e).reason()).isEqualTo(VaultException.Reason.TAMPERED);
    }
}
