package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
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

    @Test
    void theDamagedVaultsOfferAndARestoreWithoutComparisonPassOverIt() throws Exception {
        dev.keyhaven.ManualClock clock = new dev.keyhaven.ManualClock(Instant.parse("2026-12-04T08:00:00Z"));
        VaultOptions options = VaultOptions.forTests().withClock(clock);
        Backup whole;
        Backup raised;
        try (Vault vault = Vault.create(file(), TestKeys.password(), options)) {
            vault.add(TestKeys.draft("Gridbot"));
            whole = vault.backups().now("manual");
            clock.advance(Duration.ofHours(1));
            raised = vault.backups().now("manual");
        }
        raiseFormat(raised.file(), Schema.current().latestVersion() + 1);
        byte[] stored = Files.readAllBytes(file());
        Files.write(file(), Arrays.copyOf(stored, stored.length / 2));

        assertThatThrownBy(() -> Vault.open(file(), TestKeys.password(), options))
                .isInstanceOfSatisfying(VaultException.class, e -> {
                    assertThat(e.reason()).isEqualTo(VaultException.Reason.DAMAGED);
                    assertThat(e.newestGoodBackup()).as("the newest whole backup").contains(whole.file());
                });
        assertThatThrownBy(() -> VaultFile.restore(file(), raised, options))
                .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.getMessage())
                        .contains("cannot be restored: it says it is of format"));
    }

    private static void raiseFormat(Path backup, int format) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + backup);
                Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA user_version = " + format);
        }
    }
}
