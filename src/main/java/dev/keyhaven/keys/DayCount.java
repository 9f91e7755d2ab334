package dev.keyhaven.keys;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Whole days between two moments, counted by calendar date in the trader's time zone: a date 14 days
 * away is "in 14 days" all day long, whatever the hour, and the day it falls on is "today". Every day
 * count Keyhaven shows (deletion, rotation, age) is counted this way.
 */
public final class DayCount {

    private DayCount() {
    }

    /** Calendar days from {@code now} to {@code then} in {@code zone}; negative when {@code then} is earlier. */
    public static long between(Instant now, Instant then, ZoneId zone) {
        return ChronoUnit.DAYS.between(now.atZone(zone).toLocalDate(), then.atZone(zone).toLocalDate());
    }

    /** "1 day", "14 days". */
    public static String days(long count) {
        return Math.abs(count) == 1 ? count + " day" : count + " days";
    }
}
