package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A key deleted for good is gone from the file, not only from the open vault's memory: after the vault is locked
 * and unlocked again it is not there, its history is not there, the other keys are, and the vault opens as sealed.
 */
class DeletedKeyStaysDeletedTest extends VaultFileFixture {

    @Test
    void aDeletedKeyIsStillGoneAfterTheVaultIsUnlockedAgain() throws Exception {
        long gone;
        long kept;
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            kept = vault.add(TestKeys.draft("Gridbot")).record().id();
            gone = vault.add(TestKeys.draft("Spot")).record().id();
            vault.recordHistory(gone, new HistoryEntry(Instant.parse("2026-12-03T18:11:00Z"), HistoryEntry.Kind.CHECK,
                    HistoryEntry.Outcome.OK, "Checked.", false, null, List.of(), null, List.of(), null));
            vault.delete(gone);
        }

        try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
            assertThat(vault.keys()).extracting(KeyRecord::id).containsExactly(kept);
            assertThat(vault.key(gone)).isEmpty();
            assertThat(vault.archivedKeys()).isEmpty();
        }
        try (RawVaultFile raw = new RawVaultFile(file())) {
            assertThat(raw.queryLong("SELECT count(*) FROM keys WHERE id = " + gone)).isZero();
            assertThat(raw.queryLong("SELECT count(*) FROM history WHERE key_id = " + gone)).isZero();
        }
    }
}
