package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup's date is the one sealed inside it: a file renamed to another date (even 2999) keeps its own. */
class BackupDateTest {

    @TempDir
    Path folder;

    private static BackupStanding standingOf(Vault vault, Path file) throws VaultException {
        return vault.backups().standings().stream().filter(standing -> standing.backup().file().equals(file))
                .findFirst().orElseThrow();
    }

    private static Path renamed(Backup backup, String name) throws Exception {
        return Files.move(backup.file(), backup.file().resolveSibling(name));
    }

    @Test
    void aBackupRenamedToAFutureDateShowsTheNewestChangeSealedInsideIt() throws Exception {
        try (Vault vault = BackupStandingFixture.create(folder)) {
            Instant before = Instant.now().minusSeconds(1);
            vault.add(TestKeys.draft("Spot"));
            Path moved = renamed(vault.backups().now("manual"), "29991231-235959.manual.khbackup");
            Instant after = Instant.now().plusSeconds(1);

            BackupStanding standing = standingOf(vault, moved);

            assertThat(standing.backup().createdAt().atZone(ZoneOffset.UTC).getYear()).isEqualTo(2999);
            assertThat(standing.asOf()).isBetween(before, after);
            assertThat(standing.date(ZoneOffset.UTC)).doesNotContain("2999");
            assertThat(standing.summary(ZoneOffset.UTC)).startsWith("As of ").doesNotContain("2999");
            assertThat(standing.restoreQuestion(ZoneOffset.UTC)).doesNotContain("2999");
        }
    }

    @Test
    void aBackupRenamedToAnOlderDateKeepsItsOwnDateToo() throws Exception {
        try (Vault vault = BackupStandingFixture.create(folder)) {
            vault.add(TestKeys.draft("Spot"));
            Path moved = renamed(vault.backups().now("manual"), "20000101-000000.manual.khbackup");

            assertThat(standingOf(vault, moved).date(ZoneOffset.UTC)).doesNotContain("2000")
                    .contains(String.valueOf(Instant.now().atZone(ZoneOffset.UTC).getYear()));
        }
    }

    @Test
    void aBackupThatRecordsNoChangeHasNoKnownDateWhateverItsName() throws Exception {
        try (Vault vault = BackupStandingFixture.create(folder)) {
            Path moved = renamed(vault.backups().now("manual"), "29991231-235959.manual.khbackup");

            BackupStanding standing = standingOf(vault, moved);

            assertThat(standing.state()).isEqualTo(BackupStanding.State.COMPARED);
            assertThat(standing.asOf()).isNull();
            assertThat(standing.date(ZoneOffset.UTC)).isEqualTo("date not known");
            assertThat(standing.made(ZoneOffset.UTC)).startsWith("Date not known").doesNotContain("2999");
            assertThat(standing.lostAndKept(ZoneOffset.UTC)).startsWith("Lost: whatever changed since it was made");
        }
    }

    @Test
    void aBackupUnderAnOlderPasswordHasNoDateKeyhavenCanTrust() throws Exception {
        try (Vault vault = BackupStandingFixture.create(folder)) {
            vault.add(TestKeys.draft("Spot"));
            Path moved = renamed(vault.backups().now("manual"), "29991231-235959.manual.khbackup");
            try (Secret old = Secret.ofString(BackupStandingFixture.PASSWORD);
                 Secret next = Secret.ofString("meadow quartz falcon tide 9")) {
                vault.changePassword(old, next);
            }

            BackupStanding standing = standingOf(vault, moved);

            assertThat(standing.state()).isEqualTo(BackupStanding.State.OLDER_PASSWORD);
            assertThat(standing.asOf()).isNull();
            assertThat(standing.summary(ZoneOffset.UTC)).doesNotContain("2999");
        }
    }
}
