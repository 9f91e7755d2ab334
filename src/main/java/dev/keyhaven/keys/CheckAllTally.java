package dev.keyhaven.keys;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * What a run of checks over many keys ("Check all", {@code check --all}) got from OKX, in the one sentence every
 * face says it with, e.g. "Asked OKX about 4 keys at 08:03: 0 answered, 4 could not be checked". A key counts as
 * answered only when OKX accepted or refused it; an outage, the network or the clock is no answer.
 *
 * @param total         the keys the run was for
 * @param answered      keys OKX answered about
 * @param couldNotCheck keys whose check ended without OKX's answer (or that could not be checked at all)
 */
public record CheckAllTally(int total, int answered, int couldNotCheck) {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    /** True when OKX answered {@code check}: it accepted or refused the key. */
    public static boolean answered(CheckResult check) {
        return VerdictRules.verdictOf(check, false) != KeyVerdict.COULD_NOT_CHECK;
    }

    /** This tally with one more key's check counted. */
    public CheckAllTally with(CheckResult check) {
        return answered(check) ? new CheckAllTally(total, answered + 1, couldNotCheck)
                : notChecked();
    }

    /** This tally with one more key that could not be checked (e.g. the vault refused to read it). */
    public CheckAllTally notChecked() {
        return new CheckAllTally(total, answered, couldNotCheck + 1);
    }

    /** Keys whose check has ended, one way or the other. */
    public int ended() {
        return answered + couldNotCheck;
    }

    /**
     * The run, once over, e.g. "Asked OKX about 4 keys at 08:03: 3 answered, 1 could not be checked", or after
     * Stop "Stopped: asked OKX about 2 of 4 keys at 08:03: 2 answered".
     */
    public String sentence(Instant at, ZoneId zone, boolean stopped) {
        String keys = total == 1 ? " key" : " keys";
        String about = stopped && ended() < total ? ended() + " of " + total + keys : total + keys;
        String asked = (stopped ? "Stopped: asked" : "Asked") + " OKX about " + about + " at "
                + LocalTime.ofInstant(at, zone).format(HOUR) + ": " + answered + " answered";
        return couldNotCheck == 0 ? asked : asked + ", " + couldNotCheck + " could not be checked";
    }
}
