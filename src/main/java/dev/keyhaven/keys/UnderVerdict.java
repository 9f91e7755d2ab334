package dev.keyhaven.keys;

import java.time.ZoneId;

/**
 * The lines a face draws under a key's verdict title (the app's Status panel), each fact said once: the title
 * says the verdict ("Could not check"), these say when and why, then what it means, never the verdict again.
 */
public final class UnderVerdict {

    private UnderVerdict() {
    }

    /**
     * When the newest check was made and how it ended: for a key that could not be checked, "Tried 4 Dec 2026,
     * 07:41: OKX was down or busy" (the title says it failed); otherwise {@link KeyStatus#checkLine}.
     */
    public static String checkLine(KeyStatus status, ZoneId zone) {
        if (!triedWithoutAnswer(status)) {
            return status.checkLine(zone);
        }
        return "Tried " + KeyStatus.moment(status.checkedAt().orElseThrow(), zone) + ": "
                + status.newestCheck().map(CheckOutcome::whatHappened).orElse("OKX gave no answer");
    }

    /**
     * What the verdict means, under {@link #checkLine}: for a key that could not be checked, "That says nothing
     * against the key: it may still work. Last known as of 4 Dec 2026, 07:40: works." (the why is said above);
     * otherwise {@link KeyStatus#sentence}.
     */
    public static String sentence(KeyStatus status, ZoneId zone) {
        if (!triedWithoutAnswer(status)) {
            return status.sentence(zone);
        }
        String earlier = status.earlierFacts(zone);
        return earlier.isEmpty() ? Problem.NOTHING_AGAINST_THE_KEY : Problem.NOTHING_AGAINST_THE_KEY + " " + earlier;
    }

    /** True when the newest check of the credentials as they are now ended without OKX's answer. */
    private static boolean triedWithoutAnswer(KeyStatus status) {
        return status.verdict() == KeyVerdict.COULD_NOT_CHECK
                && status.checkOutcome().orElse(null) == CheckOutcome.FAILED && !status.changedSinceCheck();
    }
}
