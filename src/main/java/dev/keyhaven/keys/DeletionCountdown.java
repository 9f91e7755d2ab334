package dev.keyhaven.keys;

import java.time.Instant;

/**
 * When OKX may delete an unused key that can trade and has no bound IP.
 *
 * @param deletesAt the earliest moment OKX may delete it: 14 days after the last signed request
 *                  Keyhaven knows of (other programs using the key push it later)
 * @param daysLeft  calendar days until then in the trader's zone ({@link DayCount}): 0 on the day itself
 * @param expired   the moment has passed: the key may be gone already
 * @param assumed   Keyhaven has not seen OKX's answer yet: the key is assumed to trade with no bound IP
 */
public record DeletionCountdown(Instant deletesAt, long daysLeft, boolean expired, boolean assumed) {

    /** Fewer days left than this: the app urges a keep-alive check. */
    public static final int URGENT_DAYS = 3;

    public boolean urgent() {
        return !expired && daysLeft < URGENT_DAYS;
    }

    /** One sentence for the key list, the status panel and the command line. */
    public String summary() {
        if (expired) {
            return "This key may have expired: OKX says a key that can trade and has no bound IP expires after 14"
                    + " days unused. Run a check to find out.";
        }
        String when = daysLeft <= 0 ? "today" : "in " + DayCount.days(daysLeft);
        return "This key expires " + when + " unless it is used (OKX's rule for unbound trade keys): run a check to"
                + " keep it alive, or bind an IP.";
    }
}
