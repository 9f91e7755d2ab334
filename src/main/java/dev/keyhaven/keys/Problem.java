package dev.keyhaven.keys;

import java.util.Objects;

/**
 * One thing a check found, in words a trader understands, with the next step.
 *
 * @param okxCode OKX's error code behind it, or null when it did not come from an OKX answer
 * @param message what is wrong
 * @param fix     what to do about it
 */
public record Problem(ProblemId id, Severity severity, String okxCode, String message, String fix) {

    /** Said of a check that could not ask OKX ({@link #couldNotAsk}), on every face that shows one. */
    public static final String NOTHING_AGAINST_THE_KEY = "That says nothing against the key: it may still work.";

    public Problem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
    }

    /**
     * {@link #fix} as the app draws it on the key's own page, where the places it names are on that page
     * ("(Advanced, on the Credentials tab)"), not "(in the app: …)" as the command line needs them.
     */
    public String fixOnTheKeysPage() {
        return AppPlaces.onTheKeysPage(fix);
    }

    /**
     * True when this error means only that OKX's word on the key was not had (an outage, the network, a rate
     * limit, this computer's clock): a could-not-check, not something wrong with the key.
     */
    public boolean couldNotAsk() {
        return severity == Severity.ERROR && VerdictRules.couldNotAsk(this);
    }
}
