package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder or a fifo under a backup's name in the backups folder (attack 24) is told for what it is, not "missing";
 * a fifo is never opened (opening one waits for a writer forever), and the real backups are listed as before.
 */
class NotABackupFileTest {

    @TempDir
    Path folder;

    private static Path besideAsNewer(Backup real, String id) {
        return real.file().resolveSibling(id + ".manual.khbackup");
    }

    private static BackupStanding standingOf(List<BackupStanding> standings, String id) {
        return standings.stream().filter(standing -> standing.backup().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aFolderUnderABackupsNameIsAFolderNotAMissingFile() throws Exception {
        try (Vault vault = BackupStandingFixture.create(folder)) {
            vault.add(TestKeys.draft("Spot"));
            Backup real = vault.backups().now("manual");
            Files.createDirectory(besideAsNewer(real, "29991231-235959"));

            List<BackupStanding> standings = vault.backups().standings();

            BackupStanding stray = standingOf(standings, "29991231-235959");
            assertThat(stray.restorable()).isFalse();
            assertThat(stray.holds()).isEqualTo("Damaged (it is a folder, not a backup file): Keyhaven cannot read it.");
            assertThat(standingOf(standings, real.id()).holds()).isEqualTo("Holds 1 key (1 active, 0 archived).");
        }
    }

    @Test
    void aFifoUnderABackupsNameIsASpecialFileAndIsNeverOpened() throws Exception {
        try (Vault vault = BackupStandingFixture.create(folder)) {
            vault.add(TestKeys.draft("Spot"));
            Backup real = vault.backups().now("manual");
            Path fifo = besideAsNewer(real, "29991231-235959");
            Assumptions.assumeTrue(Fifos.made(fifo), "mkfifo is not available here");

            List<BackupStanding> standings = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> vault.backups().standings(), "listing the backups opened the fifo and waited");

            BackupStanding stray = standingOf(standings, "29991231-235959");
            assertThat(stray.restorable()).isFalse();
            assertThat(stray.holds())
                    .isEqualTo("Damaged (it is a special file (a pipe or a device), not a backup file): Keyhaven cannot read it.");
            assertThat(standingOf(standings, real.id()).holds()).isEqualTo("Holds 1 key (1 active, 0 archived).");
        }
    }

    @Test
    void aFifoIsNeverOpenedWhenBackupsUnderAnOlderPasswordAreLookedFor() throws Exception {
        try (Vault vault = BackupStandingFixture.create(folder)) {
            vault.add(TestKeys.draft("Spot"));
            Backup real = vault.backups().now("manual");
            Path fifo = besideAsNewer(real, "29991231-235959");
            Assumptions.assumeTrue(Fifos.made(fifo), "mkfifo is not available here");
            try {
                // Settings lists them at every opening, a password change at its end (review 27).
                assertThat(assertTimeoutPreemptively(Duration.ofSeconds(20), () -> vault.backups().withOldPassword(),
                        "looking for older-password backups opened the fifo and waited")).isEmpty();
                try (dev.keyhaven.secret.Secret current = dev.keyhaven.secret.Secret.ofString(BackupStandingFixture.PASSWORD);
                        dev.keyhaven.secret.Secret next = dev.keyhaven.secret.Secret.ofString("a new long master password")) {
                    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> vault.changePassword(current, next),
                            "the password change opened the fifo and waited");
                }
            } finally {
                Fifos.releaseAnyReader(fifo);
            }
        }
    }

    @Test
    void aMissingFileIsStillMissing() {
        assertThat(BackupFileCheck.structuralProblem(folder.resolve("gone.khbackup"))).isEqualTo("the file is missing");
    }
}
