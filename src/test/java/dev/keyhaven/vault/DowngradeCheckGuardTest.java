package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each piece of evidence that needs the data key that a file claiming the former format (before seals) was
 * sealed, on its own: a padded key metadata alone (no history), a padded history entry alone (beside unpadded
 * metadata). Each one is reported as a change outside Keyhaven. (The seal table: FormatNumberSetBackTest.)
 */
class DowngradeCheckGuardTest {

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("keys.khvault");
    }

    @Test
    void aPaddedKeyAloneGivesItAway() throws Exception {
        // Format 2: its header does not name the sealed format, which FormatClaim would refuse before the password.
        Schema formatTwo = new Schema(Schema.current().migrations().subList(0, Schema.SEALED_FROM));
        try (Vault vault = VaultOpening.create(file(), TestKeys.password(), VaultOptions.forTests(), formatTwo)) {
            vault.add(TestKeys.draft("grid"));
        }
        try (RawVaultFile raw = new RawVaultFile(file())) {
            raw.execute("DROP TABLE " + VaultSeal.TABLE);
            raw.execute("PRAGMA user_version = 1");
        }
        assertSetBack();
    }

    @Test
    void aPaddedHistoryEntryAloneGivesItAway() throws Exception {
        Schema former = new Schema(List.of(Schema.current().migrations().get(0)));
        long grid;
        try (Vault vault = VaultOpening.create(file(), TestKeys.password(), VaultOptions.forTests(), former)) {
            grid = vault.add(TestKeys.draft("grid")).record().id();
            vault.recordHistory(grid, new HistoryEntry(Instant.EPOCH, HistoryEntry.Kind.CHECK, HistoryEntry.Outcome.OK,
                    "works", true, null, null, null, null, null));
        }
        try (RawVaultFile raw = new RawVaultFile(file())) {
            VaultHeader header = VaultHeader.decode(raw.blob("vault_header", "header", 1));
            byte[] dataKey = header.unwrapDataKey(TestKeys.password());
            KeyRows padded = new KeyRows(new ValueCipher(dataKey), header.vaultId());
            long historyId = raw.queryLong("SELECT id FROM history");
            byte[] json = "{\"kind\":\"CHECK\",\"outcome\":\"OK\",\"summary\":\"works\"}".getBytes(StandardCharsets.UTF_8);
            raw.setBlob("history", "entry", historyId,
                    padded.sealValue(json, ValueBinding.history(header.vaultId(), historyId, grid), Padding.TEXT));
        }
        assertSetBack();
    }

    @Test
    @Tag("mutation-redundant")
    void aFormerFormatFileWithoutEvidenceIsUpdated() throws Exception {
        Schema former = new Schema(List.of(Schema.current().migrations().get(0)));
        try (Vault vault = VaultOpening.create(file(), TestKeys.password(), VaultOptions.forTests(), former)) {
            long grid = vault.add(TestKeys.draft("grid")).record().id();
            vault.recordHistory(grid, new HistoryEntry(Instant.EPOCH, HistoryEntry.Kind.CHECK, HistoryEntry.Outcome.OK,
                    "works", true, null, null, null, null, null));
        }
        try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
            assertThat(vault.keys()).extracting(KeyRecord::label).containsExactly("grid");
        }
        try (RawVaultFile raw = new RawVaultFile(file())) {
            assertThat(raw.queryLong("PRAGMA user_version")).isEqualTo(Schema.current().latestVersion());
        }
    }

    private void assertSetBack() throws Exception {
        assertThatThrownBy(() -> Vault.open(file(), TestKeys.password(), VaultOptions.forTests()).close())
                .isInstanceOf(VaultException.class)
                .hasMessageContaining(DowngradeCheck.SET_BACK)
                .extracting(e -> ((VaultException) e).reason()).isEqualTo(VaultException.Reason.TAMPERED);
        try (RawVaultFile raw = new RawVaultFile(file())) {
            assertThat(raw.queryLong("PRAGMA user_version")).as("left as it is").isEqualTo(1);
        }
    }
}
