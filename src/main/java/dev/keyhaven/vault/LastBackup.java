package dev.keyhaven.vault;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The one sentence that names the last backup, the same in Settings and in {@code keyhaven backup list}: the newest
 * one the current master password opens, by the date sealed inside it (never by its file name); backups that only an
 * older master password opens are counted apart, as the current one cannot restore them alone.
 */
public final class LastBackup {

    private LastBackup() {
    }

    /** e.g. "The last backup your master password opens: as of 3 Dec 2026, 07:15, made as the daily copy." */
    public static String sentence(List<BackupStanding> standings, ZoneId zone) {
        if (standings.isEmpty()) {
            return "No backup yet: Keyhaven makes the first when you save your first key.";
        }
        long older = standings.stream().filter(standing -> standing.state() == BackupStanding.State.OLDER_PASSWORD)
                .count();
        String olderOnes = older == 0 ? "" : " " + older + (older == 1 ? " older backup opens" : " older backups open")
                + " only with a master password you used before the current one.";
        return newestOpening(standings)
                .map(last -> "The last backup your master password opens: " + (last.asOf() == null
                        ? "its date is not known" : "as of " + last.date(zone)) + ", made " + last.why() + "."
                        + olderOnes)
                .orElse(older > 0 ? "No backup opens with your current master password: choose Back up now to make"
                        + " one." + olderOnes : "No backup here can be restored: choose Back up now to make one.");
    }

    /** The restorable backup the current password opens with the newest sealed date (one without a date last). */
    static Optional<BackupStanding> newestOpening(List<BackupStanding> standings) {
        return standings.stream().filter(standing -> standing.state() == BackupStanding.State.COMPARED)
                .max(Comparator.comparing(BackupStanding::asOf, Comparator.nullsFirst(Comparator.<Instant>naturalOrder())));
    }
}
