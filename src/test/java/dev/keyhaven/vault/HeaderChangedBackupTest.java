package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The copy Keyhaven keeps before restoring from an edited header holds that edited header: its keys are under
 * the vault's own data key, but the password does not open it. It is told as such, not as a backup made with an
 * older master password, and the offer to re-encrypt or delete old-password backups leaves it out.
 */
class HeaderChangedBackupTest extends VaultFileFixture {

    private VaultOptions options() {
        return VaultOptions.forTests().withGenerationMemory(folder.resolve("config"));
    }

    /** Attack "edited header", then the restore Keyhaven offers for it; returns the copy kept before the restore. */
    private Backup restoredAfterAnEditedHeader(boolean withAKey) throws Exception {
        Backup good;
        try (Vault vault = Vault.create(file(), TestKeys.password(), options())) {
            if (withAKey) {
                vault.add(TestKeys.draft("grid"));
            }
            good = vault.backups().now("manual");
        }
        EditedHeader.editTheSalt(file());
        VaultFile.restore(file(), good, options());
        return VaultFile.backups(file()).stream().filter(backup -> backup.reason().equals("before restore"))
                .findFirst().orElseThrow();
    }

    private BackupStanding standingOf(Vault vault, Backup backup) throws VaultException {
        return vault.backups().standings().stream().filter(standing -> standing.backup().id().equals(backup.id()))
                .findFirst().orElseThrow();
    }

    @Test
    void theCopyKeptBeforeTheRestoreIsToldAsAChangedHeaderAndIsNotAnOldPasswordBackup() throws Exception {
        Backup kept = restoredAfterAnEditedHeader(true);

        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            BackupStanding standing = standingOf(vault, kept);

            assertThat(standing.state()).isEqualTo(BackupStanding.State.HEADER_CHANGED);
            assertThat(standing.holds()).isEqualTo("Its header, the part your master password unlocks, was changed"
                    + " outside Keyhaven, so your master password does not open it.");
            assertThat(standing.comparison()).startsWith("Do not restore it").doesNotContain("older");
            assertThat(standing.restorable()).isFalse();
            assertThat(vault.backups().withOldPassword()).as("the old-password offer").isEmpty();
        }
    }

    @Test
    void anEmptyVaultsCopyIsToldTheSameWay() throws Exception {
        Backup kept = restoredAfterAnEditedHeader(false);

        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            assertThat(standingOf(vault, kept).state()).isEqualTo(BackupStanding.State.HEADER_CHANGED);
            assertThat(vault.backups().withOldPassword()).isEmpty();
        }
    }
}
