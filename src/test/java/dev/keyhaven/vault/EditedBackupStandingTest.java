package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A backup whose rows were changed after Keyhaven made it is told as such (issue #15): not as one made under an
 * older master password, which the restore would put in place as it is, and not among the old-password backups.
 */
class EditedBackupStandingTest extends VaultFileFixture {

    private Backup backupOf(boolean withAKey) throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            if (withAKey) {
                vault.add(TestKeys.draft("Gridbot"));
                vault.add(TestKeys.draft("Spot"));
            }
            return vault.backups().now("manual");
        }
    }

    private static void edit(Path backup, String... statements) throws Exception {
        try (RawVaultFile raw = new RawVaultFile(backup)) {
            for (String statement : statements) {
                raw.execute(statement);
            }
        }
    }

    private BackupStanding standingOf(Backup backup) throws VaultException {
        try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
            assertThat(vault.backups().withOldPassword()).as("the old-password offer").isEmpty();
            return vault.backups().standings().stream().filter(standing -> standing.backup().id().equals(backup.id()))
                    .findFirst().orElseThrow();
        }
    }

    @Test
    void aBackupWithAKeyDeletedIsEditedAndNotRestorable() throws Exception {
        Backup backup = backupOf(true);
        edit(backup.file(), "DELETE FROM keys WHERE id = (SELECT max(id) FROM keys)");

        BackupStanding standing = standingOf(backup);

        assertThat(standing.state()).isEqualTo(BackupStanding.State.EDITED);
        assertThat(standing.holds()).isEqualTo("Changed outside Keyhaven since it was made (its keys or their history"
                + " are not as Keyhaven left them): Keyhaven does not trust what it holds.");
        assertThat(standing.comparison()).isEqualTo("Keyhaven will not restore it: choose another backup. If you did"
                + " not change it yourself, someone with access to this computer may have: rotate your OKX keys.");
        assertThat(standing.restorable()).isFalse();
        assertThat(standing.losesKeys()).isTrue();
    }

    @Test
    void anEditedGenerationBesideKeysThisKeyOpensIsAnEditNotAnotherPassword() throws Exception {
        Backup backup = backupOf(true);
        edit(backup.file(), "UPDATE vault_seal SET generation = generation + 1");

        BackupStanding standing = standingOf(backup);

        assertThat(standing.state()).isEqualTo(BackupStanding.State.EDITED);
        assertThat(standing.problem()).isEqualTo("its seal or its generation was changed");
    }

    @Test
    void anEmptyBackupUnderTheVaultsOwnHeaderWithItsSealEditedIsAnEdit() throws Exception {
        Backup backup = backupOf(false);
        edit(backup.file(), "UPDATE vault_seal SET generation = generation + 1");

        assertThat(standingOf(backup).state()).isEqualTo(BackupStanding.State.EDITED);
    }

    /** The header's edit would alone be "header changed"; the rows' edit under this key's seal is told first. */
    @Test
    void aBackupWithItsHeaderAndARowEditedIsEditedAndNotAnOldPasswordBackup() throws Exception {
        Backup backup = backupOf(true);
        edit(backup.file(), "DELETE FROM keys WHERE id = (SELECT max(id) FROM keys)");
        EditedHeader.editTheSalt(backup.file());

        BackupStanding standing = standingOf(backup);

        assertThat(standing.state()).isEqualTo(BackupStanding.State.EDITED);
    }

    /** A value this key's seal was made over no longer decrypts: damage (or an edit), not an older password's copy. */
    @Test
    void aValueThatDoesNotDecryptUnderAnotherHeaderButThisKeysSealIsDamageNotAnOlderPassword() throws Exception {
        Backup backup = backupOf(true);
        try (RawVaultFile raw = new RawVaultFile(backup.file())) {
            long id = raw.queryLong("SELECT min(id) FROM keys");
            byte[] metadata = raw.blob("keys", "metadata", id);
            metadata[metadata.length - 1] ^= 1;
            raw.setBlob("keys", "metadata", id, metadata);
        }
        EditedHeader.editTheSalt(backup.file());

        BackupStanding standing = standingOf(backup);

        assertThat(standing.state()).isEqualTo(BackupStanding.State.DAMAGED);
        assertThat(standing.problem()).isEqualTo("a value in it does not decrypt");
    }
}
