package dev.keyhaven.vault;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.WipeableString;
import com.nulabinc.zxcvbn.Zxcvbn;
import dev.keyhaven.secret.Secret;
import java.util.Arrays;

/**
 * The rule for a new master password, the same for the desktop and the command line: at least
 * {@value #MIN_LENGTH} characters and a zxcvbn score of at least {@value #MIN_SCORE} ("Good"). The
 * password is measured as a char[] that is wiped afterwards, never as a String.
 */
public final class MasterPasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MIN_SCORE = 3;
    public static final String RULE = "Use at least " + MIN_LENGTH
            + " characters and reach \"Good\". A few unrelated words are easy to remember and hard to guess.";
    /** zxcvbn slows down on very long input; beyond this many characters the rest adds little. */
    private static final int MEASURED_PREFIX = 64;
    private static final String[] RATINGS = {"Very weak", "Weak", "Fair", "Good", "Strong"};

    private static Zxcvbn zxcvbn;

    private MasterPasswordPolicy() {
    }

    /**
     * How a password measures up.
     *
     * @param score      zxcvbn's score, 0 (guessed at once) to 4 (very hard)
     * @param rating     the score in words, "" for an empty password
     * @param acceptable long and strong enough to protect keys that can move money
     * @param advice     the next step for the user, never the password itself
     */
    public record Assessment(int score, String rating, boolean acceptable, String advice) {
    }

    public static Assessment assess(Secret password) {
        if (password.isEmpty()) {
            return new Assessment(0, "", false, RULE);
        }
        int length = password.length();
        char[] prefix = password.apply(chars -> Arrays.copyOf(chars, Math.min(chars.length, MEASURED_PREFIX)));
        WipeableString measured = new WipeableString(prefix);
        Strength strength = estimator().measure(measured);
        try {
            int score = strength.getScore();
            boolean acceptable = score >= MIN_SCORE && length >= MIN_LENGTH;
            return new Assessment(score, RATINGS[score], acceptable, advice(strength, length, acceptable));
        } finally {
            strength.wipe();
            measured.wipe();
            Arrays.fill(prefix, '\0');
        }
    }

    private static String advice(Strength strength, int length, boolean acceptable) {
        if (acceptable) {
            return "Good choice. Write it down somewhere safe: nobody can recover it for you.";
        }
        if (length < MIN_LENGTH) {
            return "Too short: " + length + " of at least " + MIN_LENGTH + " characters.";
        }
        String warning = strength.getFeedback().getWarning();
        return warning == null || warning.isBlank()
                ? "Easy to guess. Add another unrelated word."
                : warning + " Add another unrelated word.";
    }

    private static synchronized Zxcvbn estimator() {
        if (zxcvbn == null) {
            zxcvbn = new Zxcvbn();
        }
        return zxcvbn;
    }
}
