package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A backup whose header was overwritten after it was made (so that no password could unlock it once restored, even
 * though its keys still read under this vault's key) is never offered as a restorable copy of this vault.
 */
class BackupWithABrokenHeaderTest extends VaultFileFixture {

    @Test
    void aBackupWhoseHeaderIsNoLongerAHeaderIsNotRestorable() throws Exception {
        Backup backup;
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("Gridbot"));
            backup = vault.backups().now("manual");
        }
        try (RawVaultFile raw = new RawVaultFile(backup.file())) {
            raw.setBlob("vault_header", "header", 1, "not a Keyhaven header".getBytes(StandardCharsets.US_ASCII));
        }

        try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
            BackupStanding standing = vault.backups().standings().stream()
                    .filter(one -> one.backup().id().equals(backup.id())).findFirst().orElseThrow();
            assertThat(standing.restorable()).isFalse();
            assertThat(standing.state()).isEqualTo(BackupStanding.State.DAMAGED);
            try (PreparedRestore prepared = vault.backups().prepareRestore(backup)) {
                assertThat(prepared.refusal()).isPresent();
            }
        }
    }
}
