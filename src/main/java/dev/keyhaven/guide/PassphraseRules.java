package dev.keyhaven.guide;

import dev.keyhaven.guide.PassphraseAssessment.Level;
import dev.keyhaven.secret.Secret;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures a passphrase against OKX's two documented rules: the strict one (8-32 characters with upper,
 * lower, digit and special character) and the loose one (6-32 letters and digits). Guides towards the
 * strict rule and never refuses: a passphrase OKX has already accepted is what it is.
 */
public final class PassphraseRules {

    private static final int STRICT_MIN = 8;
    private static final int LOOSE_MIN = 6;
    private static final int MAX = 32;

    private PassphraseRules() {
    }

    public static PassphraseAssessment assess(Secret passphrase) {
        return passphrase.apply(PassphraseRules::assess);
    }

    private static PassphraseAssessment assess(char[] value) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean special = false;
        boolean other = false;
        for (char c : value) {
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c > ' ' && c < 127) {
                special = true;
            } else {
                other = true;
            }
        }
        int length = value.length;
        List<String> hints = new ArrayList<>();
        if (length < STRICT_MIN) {
            hints.add("Use at least " + STRICT_MIN + " characters; it has " + length + ".");
        }
        if (length > MAX) {
            hints.add("Use at most " + MAX + " characters; it has " + length + ".");
        }
        if (!upper) {
            hints.add("Add an upper case letter (A-Z).");
        }
        if (!lower) {
            hints.add("Add a lower case letter (a-z).");
        }
        if (!digit) {
            hints.add("Add a digit (0-9).");
        }
        if (!special) {
            hints.add("Add a special character, such as " + String.join(" ",
                    PassphraseGenerator.specialCharacters().split("")) + ".");
        }
        if (other) {
            hints.add("Leave out spaces and letters outside A-Z: OKX may refuse them.");
        }
        if (hints.isEmpty()) {
            return new PassphraseAssessment(Level.STRICT, hints);
        }
        boolean loose = length >= LOOSE_MIN && length <= MAX && !special && !other && (upper || lower || digit);
        return new PassphraseAssessment(loose ? Level.LOOSE : Level.OUTSIDE_RULES, hints);
    }
}
