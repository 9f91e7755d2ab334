package dev.keyhaven.vault;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * When a backup was made, as its file name says, and when that cannot be so: a name later than now, or earlier than
 * the newest change sealed inside it, belongs to a copy that was renamed or copied in, whose real date is not known.
 * Such a backup is never the last one, never today's daily one, and is pruned before real ones.
 */
public final class BackupDate {

    /** How far a name may run ahead of this computer's clock (a clock set right since, another time zone). */
    public static final Duration CLOCK_MARGIN = Duration.ofDays(1);

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private BackupDate() {
    }

    /** Whether {@code backup}'s name says it was made later than {@code now} and the clock margin allow. */
    public static boolean inTheFuture(Backup backup, Instant now) {
        return backup.createdAt().isAfter(now.plus(CLOCK_MARGIN));
    }

    /** Whether its name says it was made before {@code asOf}, its newest sealed change (names keep only seconds). */
    static boolean beforeItsContent(Backup backup, Instant asOf) {
        return asOf != null && backup.createdAt().isBefore(asOf.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * Why its name's date cannot be right, e.g. "Its name says 31 Dec 2999, 23:59, but it holds changes up to 2 Dec
     * 2026, 07:15: it was renamed or copied; its real date is not known."; empty when it can be.
     *
     * @param asOf the newest change sealed inside it, null when not read
     */
    public static Optional<String> doubt(Backup backup, Instant asOf, boolean inTheFuture, ZoneId zone) {
        if (!inTheFuture && !beforeItsContent(backup, asOf)) {
            return Optional.empty();
        }
        return Optional.of("Its name says " + moment(backup.createdAt(), zone) + (asOf != null
                ? ", but it holds changes up to " + moment(asOf, zone) : ", a date in the future")
                + ": it was renamed or copied; its real date is not known.");
    }

    /** {@code backups} (newest name first) with those named in the future moved last. */
    static List<Backup> namedInThePastFirst(List<Backup> backups, Instant now) {
        List<Backup> ordered = new ArrayList<>(backups.stream().filter(backup -> !inTheFuture(backup, now)).toList());
        ordered.addAll(backups.stream().filter(backup -> inTheFuture(backup, now)).toList());
        return ordered;
    }

    static String moment(Instant instant, ZoneId zone) {
        return MOMENT.format(instant.atZone(zone));
    }
}
