package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup is compared only when it reads as a Keyhaven vault whose values open; real files, damaged by hand. */
class BackupComparisonGuardTest {

    @TempDir
    Path folder;

    private Vault create() throws VaultException {
        try (Secret password = TestKeys.password()) {
            return Vault.create(folder.resolve("vault.keyhaven"), password, VaultOptions.forTests());
        }
    }

    private static BackupStanding standingOf(Vault vault, Backup backup) throws VaultException {
        return vault.backups().standings().stream().filter(one -> one.backup().file().equals(backup.file()))
                .findFirst().orElseThrow();
    }

    @Test
    void aBackupThatIsNoKeyhavenVaultIsDamagedEvenIfItsRowsRead() throws Exception {
        try (Vault vault = create()) {
            vault.add(TestKeys.draft("Spot"));
            Backup backup = vault.backups().now("manual");
            try (RawVaultFile raw = new RawVaultFile(backup.file())) {
                raw.execute("PRAGMA application_id = 0");
            }

            BackupStanding standing = standingOf(vault, backup);

            assertThat(standing.state()).isEqualTo(BackupStanding.State.DAMAGED);
            assertThat(standing.problem()).isEqualTo("it is not a Keyhaven vault");
        }
    }

    @Test
    void aBackupWithoutItsKeysTableCannotBeRead() throws Exception {
        try (Vault vault = create()) {
            vault.add(TestKeys.draft("Spot"));
            Backup backup = vault.backups().now("manual");
            try (RawVaultFile raw = new RawVaultFile(backup.file())) {
                raw.execute("DROP TABLE history");
                raw.execute("DROP TABLE keys");
            }

            BackupStanding standing = standingOf(vault, backup);

            assertThat(standing.state()).isEqualTo(BackupStanding.State.DAMAGED);
            assertThat(standing.problem()).isEqualTo("it cannot be read as a database");
        }
    }

    @Test
    void aValueThatDoesNotDecryptUnderTheSameHeaderIsDamageNotAnOlderPassword() throws Exception {
        try (Vault vault = create()) {
            long id = vault.add(TestKeys.draft("Spot")).record().id();
            Backup backup = vault.backups().now("manual");
            try (RawVaultFile raw = new RawVaultFile(backup.file())) {
                byte[] metadata = raw.blob("keys", "metadata", id);
                metadata[metadata.length - 1] ^= 1;
                raw.setBlob("keys", "metadata", id, metadata);
            }

            BackupStanding standing = standingOf(vault, backup);

            assertThat(standing.state()).isEqualTo(BackupStanding.State.DAMAGED);
            assertThat(standing.problem()).isEqualTo("a value in it does not decrypt");
        }
    }

    @Test
    void archivedKeysAreCountedApartOnBothSides() throws Exception {
        try (Vault vault = create()) {
            vault.add(TestKeys.draft("Spot"));
            long old = vault.add(TestKeys.draft("Old bot")).record().id();
            vault.archive(old, null);
            Backup backup = vault.backups().now("manual");
            vault.add(TestKeys.draft("Grid bot"));

            BackupStanding standing = standingOf(vault, backup);

            assertThat(standing.holds()).isEqualTo("Holds 2 keys (1 active, 1 archived).");
            assertThat(standing.vaultActive()).isEqualTo(2);
            assertThat(standing.comparison()).isEqualTo("It lacks 1 of your 2 keys: restoring it loses"
                    + " Grid bot.");
        }
    }
}
