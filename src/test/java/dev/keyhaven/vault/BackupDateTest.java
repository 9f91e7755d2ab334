package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup's date is when it was made, as its name says, unless that cannot be: a name later than now, or earlier than
 * the newest change sealed inside it, is told as a copy renamed or copied in, whose real date is not known.
 */
class BackupDateTest {

    private static final String RENAMED = "it was renamed or copied; its real date is not known.";

    @TempDir
    Path folder;

    private static BackupStanding standingOf(Vault vault, Path file) throws VaultException {
        return vault.backups().standings().stream().filter(standing -> standing.backup().file().equals(file))
                .findFirst().orElseThrow();
    }

    private static Path renamed(Backup backup, String name) throws Exception {
        return Files.move(backup.file(), backup.file().resolveSibling(name));
    }

    private static String moment(Instant instant) {
        return BackupDate.moment(instant, ZoneOffset.UTC);
    }

    @Test
    void aNormalBackupShowsWhenItWasMadeAndIsNotDoubted() throws Exception {
        try (Vault vault = BackupStandingFixture.create(folder)) {
            vault.add(TestKeys.draft("Spot"));
            Backup made = vault.backups().now("manual");

            BackupStanding standing = standingOf(vault, made.file());

            assertThat(standing.dateDoubt(ZoneOffset.UTC)).isEmpty();
            assertThat(standing.dateDoubted()).isFalse();
            assertThat(standing.date(ZoneOffset.UTC)).isEqualTo(moment(made.createdAt()));
            assertThat(standing.made(ZoneOffset.UTC)).isEqualTo("Made " + moment(made.createdAt()) + ", by hand.");
            assertThat(standing.restoreTitle(ZoneOffset.UTC)).isEqualTo("Restore the backup made "
                    + moment(made.createdAt()) + " (by hand)?");
            assertThat(standing.restoreDetails(ZoneOffset.UTC)).startsWith("Holds 1 key")
                    .contains("Lost: whatever changed since " + moment(made.createdAt()) + " (");
            assertThat(standing.holdsNoChangeAfter()).isEqualTo(made.createdAt());
        }
    }

    @Test
    void aCopyRenamedTo2999IsToldAsRenamedWithTheChangesItHolds() throws Exception {
        try (Vault vault = BackupStandingFixture.create(folder)) {
            vault.add(TestKeys.draft("Spot"));
            Path moved = renamed(vault.backups().now("manual"), "29991231-235959.manual.khbackup");

            BackupStanding standing = standingOf(vault, moved);

            assertThat(standing.asOf()).isNotNull();
            String doubt = "Its name says 31 Dec 2999, 23:59, but it holds changes up to " + moment(standing.asOf())
                    + ": " + RENAMED;
            assertThat(standing.dateDoubt(ZoneOffset.UTC)).contains(doubt);
            assertThat(standing.date(ZoneOffset.UTC)).as("the name's date, told with the doubt").isEqualTo("31 Dec 2999, 23:59");
            assertThat(standing.made(ZoneOffset.UTC)).isEqualTo("Made by hand. " + doubt);
            assertThat(standing.summary(ZoneOffset.UTC)).startsWith("Made by hand. " + doubt + " Holds 1 key");
            assertThat(standing.restoreQuestion(ZoneOffset.UTC)).startsWith("Restore the backup named 31 Dec 2999,"
                    + " 23:59 (by hand)? " + doubt).contains("Lost: whatever changed since " + moment(standing.asOf()));
            assertThat(standing.holdsNoChangeAfter()).isEqualTo(standing.asOf());
        }
    }

    @Test
    void aCopyRenamedToADateBeforeItsNewestChangeIsToldAsRenamed() throws Exception {
        try (Vault vault = BackupStandingFixture.create(folder)) {
            vault.add(TestKeys.draft("Spot"));
            Path moved = renamed(vault.backups().now("manual"), "20000101-000000.manual.khbackup");

            BackupStanding standing = standingOf(vault, moved);

            assertThat(standing.dateDoubt(ZoneOffset.UTC)).contains("Its name says 1 Jan 2000, 00:00, but it holds"
                    + " changes up to " + moment(standing.asOf()) + ": " + RENAMED);
            assertThat(standing.restoreTitle(ZoneOffset.UTC)).startsWith("Restore the backup named 1 Jan 2000");
        }
    }

    @Test
    void anEmptyCopyRenamedTo2999IsToldByItsNameAlone() throws Exception {
        try (Vault vault = BackupStandingFixture.create(folder)) {
            Path moved = renamed(vault.backups().now("manual"), "29991231-235959.manual.khbackup");

            BackupStanding standing = standingOf(vault, moved);

            assertThat(standing.state()).isEqualTo(BackupStanding.State.COMPARED);
            assertThat(standing.asOf()).isNull();
            assertThat(standing.dateDoubt(ZoneOffset.UTC)).contains("Its name says 31 Dec 2999, 23:59, a date in the"
                    + " future: " + RENAMED);
            assertThat(standing.lostAndKept(ZoneOffset.UTC)).startsWith("Lost: whatever changed since it was made");
        }
    }

    @Test
    void aCopyUnderAnOlderPasswordRenamedTo2999IsToldByItsNameAlone() throws Exception {
        try (Vault vault = BackupStandingFixture.create(folder)) {
            vault.add(TestKeys.draft("Spot"));
            Path moved = renamed(vault.backups().now("manual"), "29991231-235959.manual.khbackup");
            try (Secret old = Secret.ofString(BackupStandingFixture.PASSWORD);
                 Secret next = Secret.ofString("meadow quartz falcon tide 9")) {
                vault.changePassword(old, next);
            }

            BackupStanding standing = standingOf(vault, moved);

            assertThat(standing.state()).isEqualTo(BackupStanding.State.OLDER_PASSWORD);
            assertThat(standing.summary(ZoneOffset.UTC)).contains("Its name says 31 Dec 2999, 23:59, a date in the"
                    + " future: " + RENAMED);
        }
    }

    @Test
    void aNameAheadOfTheClockByLessThanTheMarginIsNotDoubted() {
        Instant now = Instant.parse("2026-12-04T22:00:00Z");
        Backup ahead = new Backup("x", folder.resolve("x"), now.plus(BackupDate.CLOCK_MARGIN), "daily", 1);
        Backup beyond = new Backup("y", folder.resolve("y"), now.plus(BackupDate.CLOCK_MARGIN).plusSeconds(1), "daily", 1);

        assertThat(BackupDate.inTheFuture(ahead, now)).isFalse();
        assertThat(BackupDate.inTheFuture(beyond, now)).isTrue();
        assertThat(BackupDate.doubt(ahead, null, false, ZoneOffset.UTC)).isEmpty();
    }
}
