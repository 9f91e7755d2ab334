package dev.keyhaven.vault;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The one sentence that names the last backup, the same in Settings and in {@code keyhaven backup list}: the newest
 * one the current master password opens, by when it was made; one whose name's date cannot be right (renamed or copied
 * in, {@link BackupDate}) is never it. Backups that only an older master password opens are counted apart, as the
 * current one cannot restore them alone.
 */
public final class LastBackup {

    private LastBackup() {
    }

    /** e.g. "The last backup your master password opens was made 3 Dec 2026, 07:15, as the daily copy." */
    public static String sentence(List<BackupStanding> standings, ZoneId zone) {
        if (standings.isEmpty()) {
            return "No backup yet: Keyhaven makes the first when you save your first key.";
        }
        long older = standings.stream().filter(standing -> standing.state() == BackupStanding.State.OLDER_PASSWORD)
                .count();
        String olderOnes = older == 0 ? "" : " " + older + (older == 1 ? " older backup opens" : " older backups open")
                + " only with a master password you used before the current one.";
        long doubted = standings.stream().filter(BackupStanding::restorable).filter(BackupStanding::dateDoubted)
                .count();
        String doubtedOnes = doubted == 0 ? "" : " " + doubted + (doubted == 1 ? " backup has a name whose date"
                : " backups have a name whose date") + " cannot be right: see each one.";
        return newestOpening(standings)
                .map(last -> "The last backup your master password opens was made " + last.date(zone) + ", "
                        + last.why() + ".")
                .orElse(opens(standings) ? "No backup your master password opens has a date Keyhaven can trust:"
                        + " choose Back up now to make one." : older > 0 ? "No backup opens with your current"
                        + " master password: choose Back up now to make one." : "No backup here can be restored:"
                        + " choose Back up now to make one.")
                + olderOnes + doubtedOnes;
    }

    private static boolean opens(List<BackupStanding> standings) {
        return standings.stream().anyMatch(standing -> standing.state() == BackupStanding.State.COMPARED);
    }

    /** The newest restorable backup the current password opens whose name's date can be right. */
    static Optional<BackupStanding> newestOpening(List<BackupStanding> standings) {
        return standings.stream().filter(standing -> standing.state() == BackupStanding.State.COMPARED)
                .filter(standing -> !standing.dateDoubted())
                .max(java.util.Comparator.comparing(standing -> standing.backup().createdAt()));
    }
}
