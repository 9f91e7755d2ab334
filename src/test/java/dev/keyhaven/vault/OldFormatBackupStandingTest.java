package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The migration backup of a vault made at an older format holds that format's rows (format 1 unpadded, format
 * 2 padded) under a header the update rewrote: it is compared, not taken for a backup of an older password.
 */
class OldFormatBackupStandingTest extends VaultFileFixture {

    private BackupStanding migrationBackupOf(int format) throws Exception {
        try (Vault vault = VaultOpening.create(file(), TestKeys.password(), VaultOptions.forTests(),
                formerSchema(format))) {
            vault.add(TestKeys.draft("grid"));
        }
        try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("tax"));
            return vault.backups().standings().stream().filter(one -> one.backup().reason().equals("migration"))
                    .findFirst().orElseThrow();
        }
    }

    @Test
    void aFormatOneBackupIsReadUnpadded() throws Exception {
        BackupStanding standing = migrationBackupOf(1);

        assertThat(standing.state()).isEqualTo(BackupStanding.State.COMPARED);
        assertThat(standing.holds()).isEqualTo("Holds 1 key (1 active, 0 archived).");
        assertThat(standing.lacks()).containsExactly("tax");
    }

    @Test
    void aFormatTwoBackupIsReadPadded() throws Exception {
        BackupStanding standing = migrationBackupOf(Schema.SEALED_FROM);

        assertThat(standing.state()).isEqualTo(BackupStanding.State.COMPARED);
        assertThat(standing.lacks()).containsExactly("tax");
    }
}
