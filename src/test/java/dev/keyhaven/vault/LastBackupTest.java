package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "The last backup" names one the current master password opens, by the date sealed inside it (review L8). */
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
            BackupStanding standing = vault.backups().standings().stream()
                    .filter(each -> each.backup().equals(fresh)).findFirst().orElseThrow();
            assertThat(lastBackup(vault)).startsWith("The last backup your master password opens: as of "
                    + standing.date(ZoneOffset.UTC) + ", made by hand.")
                    .contains("older backups open only with a master password you used before");
        }
    }

    @Test
    void anOlderBackupRenamedToAFutureDateIsNotTheLast() throws Exception {
        try (Vault vault = BackupStandingFixture.create(folder)) {
            vault.add(TestKeys.draft("Spot"));
            Backup older = vault.backups().now("manual");
            Thread.sleep(1100);
            vault.add(TestKeys.draft("Grid bot"));
            vault.backups().now("daily");
            Files.move(older.file(), older.file().resolveSibling("29991231-235959.manual.khbackup"));

            assertThat(vault.backups().standings().get(0).backup().id()).startsWith("2999");
            assertThat(lastBackup(vault)).endsWith(", made as the daily copy.").doesNotContain("2999");
        }
    }
}
