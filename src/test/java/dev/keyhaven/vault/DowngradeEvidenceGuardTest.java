package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DowngradeCheck.evidence on the raw file: padded values give a set-back file away, unpadded or damaged ones do not. */
class DowngradeEvidenceGuardTest {

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("keys.khvault");
    }

    @Test
    void aSealedFilesPaddedValuesRemainEvidenceWithoutTheSealTable() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("grid"));
        }
        try (RawVaultFile raw = new RawVaultFile(file())) {
            raw.execute("DROP TABLE " + VaultSeal.TABLE);
            assertThat(DowngradeCheck.evidence(raw.connection(), rowsOf(raw))).isEqualTo(DowngradeCheck.SET_BACK);
        }
    }

    @Test
    void aFormerFormatFilesValuesAreNoEvidence() throws Exception {
        createFormerFormatVault();
        try (RawVaultFile raw = new RawVaultFile(file())) {
            assertThat(raw.queryLong("SELECT count(*) FROM history")).isEqualTo(1);
            assertThat(DowngradeCheck.evidence(raw.connection(), rowsOf(raw))).isNull();
        }
    }

    @Test
    void aValueThatDoesNotDecryptIsNoEvidenceOfASetBack() throws Exception {
        createFormerFormatVault();
        try (RawVaultFile raw = new RawVaultFile(file())) {
            raw.execute("DELETE FROM history");
            raw.setBlob("keys", KeyRows.METADATA, raw.queryLong("SELECT id FROM keys"), new byte[64]);
            assertThat(DowngradeCheck.evidence(raw.connection(), rowsOf(raw))).isNull();
        }
    }

    private void createFormerFormatVault() throws Exception {
        Schema former = new Schema(List.of(Schema.current().migrations().get(0)));
        try (Vault vault = VaultOpening.create(file(), TestKeys.password(), VaultOptions.forTests(), former)) {
            long grid = vault.add(TestKeys.draft("grid")).record().id();
            vault.recordHistory(grid, new HistoryEntry(Instant.EPOCH, HistoryEntry.Kind.CHECK, HistoryEntry.Outcome.OK,
                    "works", true, null, null, null, null, null));
        }
    }

    private static KeyRows rowsOf(RawVaultFile raw) throws Exception {
        VaultHeader header = VaultHeader.decode(raw.blob("vault_header", "header", 1));
        return KeyRows.unpadded(new ValueCipher(header.unwrapDataKey(TestKeys.password())), header.vaultId());
    }
}
