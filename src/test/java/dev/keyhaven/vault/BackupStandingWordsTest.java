package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The words of one backup's standing, from the counts alone (no vault file: every case in a few milliseconds). */
class BackupStandingWordsTest {

    private static final Backup BY_HAND = new Backup("20261202-071500", Path.of("x.khbackup"),
            Instant.parse("2026-12-02T07:15:00Z"), "manual", 1);

    private static BackupStanding compared(int active, int archived, int vaultActive, List<String> lacks,
                                           int lacksArchived, List<String> extra, List<String> activeAgain) {
        return new BackupStanding(BY_HAND, BackupStanding.State.COMPARED, active, archived, vaultActive, lacks,
                lacksArchived, extra, activeAgain, null, null, Instant.parse("2026-12-02T07:15:00Z"), false);
    }

    @Test
    void theMomentAndTheWholeSummaryAreSpelledOut() {
        BackupStanding standing = compared(2, 1, 3, List.of(), 0, List.of(), List.of());

        assertThat(standing.made(ZoneOffset.UTC)).isEqualTo("Made 2 Dec 2026, 07:15, by hand.");
        assertThat(standing.holds()).isEqualTo("Holds 3 keys (2 active, 1 archived).");
        assertThat(standing.summary(ZoneOffset.UTC)).isEqualTo("Made 2 Dec 2026, 07:15, by hand. Holds 3 keys (2 active,"
                + " 1 archived). It holds the same keys as your vault now: restoring it removes none of them.");
        assertThat(standing.problem()).isEmpty();
    }

    @Test
    void aBackupWithoutTheOnlyKeySaysSoAndCountsTheArchivedOnesItLacks() {
        BackupStanding standing = compared(0, 0, 1, List.of("Spot", "Old bot"), 1, List.of(), List.of());

        assertThat(standing.comparison()).isEqualTo("It lacks your only key: restoring it loses Spot,"
                + " and 1 archived key.");
    }

    @Test
    @Tag("mutation-redundant")
    void aBackupWithoutEveryKeyOfManySaysAll() {
        BackupStanding standing = compared(0, 0, 3, List.of("A", "B", "C"), 0, List.of(), List.of());

        assertThat(standing.comparison()).isEqualTo("It lacks all 3 keys you have now: restoring it loses"
                + " A, B and C.");
    }

    @Test
    void keysThatComeBackAreTheFirstSentenceWhenNothingIsLost() {
        BackupStanding standing = compared(2, 0, 1, List.of(), 0, List.of("Old bot"), List.of("Grid bot"));

        assertThat(standing.comparison()).isEqualTo("It also holds 1 key your vault no longer has: Old bot. Restoring"
                + " it brings it back. Grid bot is archived now but active in it: restoring it makes it active again.");
        assertThat(standing.losesKeys()).isFalse();
    }

    @Test
    @Tag("mutation-redundant")
    void archivedKeysOnlyLostAreCountedInThePlural() {
        BackupStanding standing = compared(1, 0, 1, List.of("Old A", "Old B"), 2, List.of("X", "Y"), List.of());

        assertThat(standing.comparison()).isEqualTo("It lacks 2 archived keys (Old A and Old B): restoring it loses"
                + " them. It also holds 2 keys your vault no longer has: X and Y. Restoring it brings them back.");
    }
}
