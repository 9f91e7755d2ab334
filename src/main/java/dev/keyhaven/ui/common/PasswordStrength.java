package dev.keyhaven.ui.common;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.MasterPasswordPolicy;

/**
 * The strength meter's view of {@link MasterPasswordPolicy}, the one rule for master passwords.
 *
 * @param score      zxcvbn's score, 0 (guessed at once) to 4 (very hard)
 * @param acceptable long and strong enough to protect keys that can move money
 * @param advice     the next step for the user, never the password itself
 */
public record PasswordStrength(int score, String rating, boolean acceptable, String advice) {

    public static final int MIN_LENGTH = MasterPasswordPolicy.MIN_LENGTH;
    public static final int MIN_SCORE = MasterPasswordPolicy.MIN_SCORE;
    public static final String RULE = MasterPasswordPolicy.RULE;

    public static PasswordStrength of(Secret password) {
        MasterPasswordPolicy.Assessment assessment = MasterPasswordPolicy.assess(password);
        return new PasswordStrength(assessment.score(), assessment.rating(), assessment.acceptable(),
                assessment.advice());
    }
}
