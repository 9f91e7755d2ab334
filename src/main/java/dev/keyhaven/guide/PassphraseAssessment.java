package dev.keyhaven.guide;

import java.util.List;

/**
 * How a passphrase fares against OKX's rules. It never holds the passphrase itself.
 *
 * @param hints sentences that say how to reach the strict rule; empty when it is met
 */
public record PassphraseAssessment(Level level, List<String> hints) {

    public PassphraseAssessment {
        hints = List.copyOf(hints);
    }

    public enum Level {
        /** 8-32 characters with upper, lower, digit and special character: what Keyhaven recommends. */
        STRICT,
        /** 6-32 letters and digits: OKX documents it as accepted; a stronger one is safer. */
        LOOSE,
        /** Meets neither documented rule: OKX may refuse it when you create the key. */
        OUTSIDE_RULES
    }

    public boolean meetsStrictRule() {
        return level == Level.STRICT;
    }
}
