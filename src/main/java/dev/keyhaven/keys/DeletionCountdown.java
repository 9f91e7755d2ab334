package dev.keyhaven.keys;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * When OKX may delete an unused key that can trade and has no bound IP, and how much of that Keyhaven
 * knows: only a request OKX accepted from Keyhaven is a use it knows of. Before one, the date is Keyhaven's
 * estimate from the day the key was added (or its credentials saved), never OKX's word.
 *
 * @param deletesAt    the earliest moment OKX may delete it: 14 days after {@code countedFrom} (other
 *                     programs using the key push it later)
 * @param daysLeft     calendar days until then in the trader's zone ({@link DayCount}): 0 on the day itself
 * @param expired      the moment has passed: the key may be gone already
 * @param assumed      OKX has not described the key yet: it is assumed to trade with no bound IP
 * @param estimated    OKX has accepted no request with these credentials from Keyhaven: the count starts
 *                     at {@code countedFrom}, the day they were saved in Keyhaven, not at a use OKX saw
 * @param countedFrom  the newest request OKX accepted from Keyhaven, or (estimated) when the key was saved
 */
public record DeletionCountdown(Instant deletesAt, long daysLeft, boolean expired, boolean assumed,
        boolean estimated, Instant countedFrom) {

    /** Fewer days left than this: the app urges a keep-alive check. */
    public static final int URGENT_DAYS = 3;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final String RULE = "OKX deletes a key that can trade and has no bound IP after 14 days unused";

    public boolean urgent() {
        return !expired && daysLeft < URGENT_DAYS;
    }

    /**
     * One sentence for the status panel and the command line, e.g. "OKX's rule: this key expires on 24 March
     * 2026 (in 4 days) unless it is used before then..."; an estimate says it is one, and unknown until checked.
     */
    public String text(ZoneId zone) {
        String date = DAY.format(deletesAt.atZone(zone));
        String from = DAY.format(countedFrom.atZone(zone));
        String in = daysLeft <= 0 ? "today" : "in " + DayCount.days(daysLeft);
        if (estimated) {
            String start = "14 days after it was saved in Keyhaven (" + from + ")";
            String when = expired ? "it may have expired on " + date + ", " + start
                    : "OKX may delete it on " + date + " (" + in + "), " + start + ", unless something uses it first";
            return "Unknown until checked: OKX has not accepted a request with this key from Keyhaven yet, so"
                    + " Keyhaven does not know when OKX last saw it used. Keyhaven's estimate, if it can trade and"
                    + " has no bound IP: " + when + ". A check that OKX accepts tells, and counts as use.";
        }
        String text = expired
                ? "This key may have expired on " + date + ": " + RULE + ", and OKX has accepted no request from"
                        + " Keyhaven with it since " + from + ". Check it to find out."
                : RULE + ": this one expires on " + date + " (" + in + ") unless it is used before then, 14 days"
                        + " after the last request OKX accepted from Keyhaven (" + from + "). A check that OKX"
                        + " accepts counts as use.";
        return assumed ? text + " (Assumed until a check shows whether it is bound to an IP.)" : text;
    }
}
