package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A file of another vault in this vault's backups folder (attack 23: under the same master password it was told as
 * this vault's older-password backup, and restoring it swapped the vault silently) is told as what it is, and never
 * restored over this vault.
 */
class BackupOfAnotherVaultTest extends VaultFileFixture {

    @Test
    void anotherVaultsFileIsToldAsSuchAndRefused() throws Exception {
        Path other = folder.resolve("other.keyhaven");
        try (Vault vault = Vault.create(other, TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("Someone else's"));
        }
        Backup own;
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("Gridbot"));
            own = vault.backups().now("manual");
        }
        Path planted = Files.copy(other, own.file().resolveSibling("20991231-000000.manual.khbackup"));

        try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
            BackupStanding standing = vault.backups().standings().stream()
                    .filter(each -> each.backup().file().equals(planted)).findFirst().orElseThrow();
            assertThat(standing.state()).isEqualTo(BackupStanding.State.ANOTHER_VAULT);
            assertThat(standing.holds()).isEqualTo("A copy of another Keyhaven vault, not of this one: Keyhaven cannot"
                    + " read which keys it holds.");
            assertThat(standing.comparison()).startsWith("Keyhaven will not restore it over this vault");
            assertThat(standing.restorable()).isFalse();
            assertThat(vault.backups().withOldPassword()).as("not an older password's copy").isEmpty();
            try (PreparedRestore prepared = vault.backups().prepareRestore(standing.backup())) {
                assertThat(prepared.refusal()).get().asString().contains("A copy of another Keyhaven vault");
            }
            BackupStanding mine = vault.backups().standings().stream()
                    .filter(each -> each.backup().id().equals(own.id())).findFirst().orElseThrow();
            assertThat(mine.state()).isEqualTo(BackupStanding.State.COMPARED);
        }
    }
}
