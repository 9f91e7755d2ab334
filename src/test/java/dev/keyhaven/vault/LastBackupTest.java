package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "The last backup" names the newest one the current master password opens, by when it was made (review L8), never
 * one whose name's date cannot be right.
 */
class LastBackupTest {

    @TempDir
    Path folder;

    private static String lastBackup(Vault vault) throws VaultException {
        return LastBackup.sentence(vault.backups().standings(), ZoneOffset.UTC);
    }

    @Test
    void rightAfterAPasswordChangeNoBackupMadeUnderTheOldPasswordIsCalledTheLast() throws Exception {
        try (Vault vault = BackupStandingFixture.create(folder)) {
            vault.add(TestKeys.draft("Spot"));
            vault.backups().now("manual");
            try (Secret old = Secret.ofString(BackupStandingFixture.PASSWORD);
                 Secret next = Secret.ofString("meadow quartz falcon tide 9")) {
                vault.changePassword(old, next);
            }
            assertThat(vault.backups().standings()).extracting(each -> each.backup().reason()).contains("password change");

            assertThat(lastBackup(vault)).startsWith("No backup opens with your current master password: choose Back"
                    + " up now to make one.").contains(" older backups open only with a master password you used before")
                    .doesNotContain("before a master password change");

            Backup fresh = vault.backups().now("manual");
            assertThat(lastBackup(vault)).startsWith("The last backup your master password opens was made "
                    + BackupDate.moment(fresh.createdAt(), ZoneOffset.UTC) + ", by hand.")
                    .contains("older backups open only with a master password you used before");
        }
    }

    @Test
    void aCopyRenamedTo2999IsNotTheLast() throws Exception {
        try (Vault vault = BackupStandingFixture.create(folder)) {
            vault.add(TestKeys.draft("Spot"));
            Backup older = vault.backups().now("manual");
            Thread.sleep(1100);
            vault.add(TestKeys.draft("Grid bot"));
            Backup daily = vault.backups().now("daily");
            Files.move(older.file(), older.file().resolveSibling("29991231-235959.manual.khbackup"));

            assertThat(vault.backups().standings().get(0).backup().id()).startsWith("2999");
            assertThat(lastBackup(vault)).isEqualTo("The last backup your master password opens was made "
                    + BackupDate.moment(daily.createdAt(), ZoneOffset.UTC) + ", as the daily copy. 1 backup has a name"
                    + " whose date cannot be right: see each one.");
        }
    }

    @Test
    void whenTheOnlyBackupIsACopyRenamedTo2999NoneIsTheLast() throws Exception {
        try (Vault vault = BackupStandingFixture.create(folder)) {
            vault.add(TestKeys.draft("Spot"));
            Backup only = vault.backups().now("manual");
            Files.move(only.file(), only.file().resolveSibling("29991231-235959.manual.khbackup"));

            assertThat(lastBackup(vault)).isEqualTo("No backup your master password opens has a date Keyhaven can"
                    + " trust: choose Back up now to make one. 1 backup has a name whose date cannot be right: see each"
                    + " one.");
        }
    }
}
