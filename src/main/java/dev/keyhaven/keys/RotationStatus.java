package dev.keyhaven.keys;

import java.time.Instant;

/**
 * Where a key stands in its rotation cycle.
 *
 * @param daysLeft calendar days until {@code dueAt} in the trader's zone ({@link DayCount}); 0 on the day,
 *                 negative once that day has passed
 */
public record RotationStatus(State state, Instant dueAt, long daysLeft) {

    public enum State {
        OK,
        /** At most {@link RotationPolicy#DUE_SOON_DAYS} calendar days left: time to plan the replacement. */
        DUE_SOON,
        OVERDUE
    }

    /** One sentence for the key list and the command line. */
    public String summary() {
        return switch (state) {
            case OK -> "Rotation due in " + days(daysLeft) + ".";
            case DUE_SOON -> daysLeft == 0 ? "Rotation due today: replace this key."
                    : "Rotation due in " + days(daysLeft) + ": plan the replacement.";
            case OVERDUE -> daysLeft >= 0 ? "Rotation is due: replace this key."
                    : "Rotation overdue by " + days(-daysLeft) + ": replace this key.";
        };
    }

    private static String days(long count) {
        return DayCount.days(count);
    }
}
