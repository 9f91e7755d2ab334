package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * A backup whose format number says a newer Keyhaven wrote it (attack 24: set with sqlite3, no password needed) was
 * listed as a plain copy and restored, and then this Keyhaven could not open the vault. It is told as what it says it
 * is and never restored; the vault stays as it was.
 */
class NewerFormatBackupTest extends VaultFileFixture {

    @Test
    void aBackupOfAFormatThisKeyhavenDoesNotKnowIsToldAndNeverRestored() throws Exception {
        Backup own;
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("Gridbot"));
            own = vault.backups().now("manual");
        }
        Path planted = Files.copy(own.file(), own.file().resolveSibling("20991231-000000.manual.khbackup"));
        int known = Schema.current().latestVersion();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + planted);
                Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA user_version = " + (known + 6));
        }

        try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
            BackupStanding standing = vault.backups().standings().stream()
                    .filter(each -> each.backup().file().equals(planted)).findFirst().orElseThrow();
            assertThat(standing.state()).isEqualTo(BackupStanding.State.NEWER_FORMAT);
            assertThat(standing.holds()).isEqualTo("Written by a newer Keyhaven (format " + (known + 6)
                    + "; this Keyhaven reads up to format " + known + "), or its format number was changed outside"
                    + " Keyhaven.");
            assertThat(standing.comparison()).startsWith("Keyhaven will not restore it");
            assertThat(standing.restorable()).isFalse();
            try (PreparedRestore prepared = vault.backups().prepareRestore(standing.backup())) {
                assertThat(prepared.refusal()).get().asString().contains("Written by a newer Keyhaven");
            }
            BackupStanding mine = vault.backups().standings().stream()
                    .filter(each -> each.backup().id().equals(own.id())).findFirst().orElseThrow();
            assertThat(mine.state()).isEqualTo(BackupStanding.State.COMPARED);
        }
        try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
            assertThat(vault.keys()).extracting(KeyRecord::label).containsExactly("Gridbot");
        }
    }
}
