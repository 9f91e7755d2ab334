package dev.keyhaven.keys;

import dev.keyhaven.guide.PassphraseRules;
import dev.keyhaven.okx.OkxException.CredentialField;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import java.util.ArrayList;
import java.util.List;

/**
 * Looks at the three values before they are saved or used: copy-and-paste spaces, and shapes that differ
 * from what OKX hands out. It warns and never refuses: OKX does not publish the formats. The form and
 * the command line call it before saving; the check reports its findings too.
 */
public final class InputLint {

    /** OKX's documented passphrase range (the looser of its two rules). */
    public static final int PASSPHRASE_MIN = 6;
    public static final int PASSPHRASE_MAX = 32;

    private InputLint() {
    }

    /** INPUT_WHITESPACE and INPUT_SHAPE warnings, at most one of each. */
    public static List<Problem> lint(Credentials credentials) {
        return lint(credentials.apiKey(), credentials.secretKey(), credentials.passphrase());
    }

    public static List<Problem> lint(Secret apiKey, Secret secretKey, Secret passphrase) {
        List<CredentialField> padded = new ArrayList<>();
        if (apiKey.hasOuterWhitespace()) {
            padded.add(CredentialField.API_KEY);
        }
        if (secretKey.hasOuterWhitespace()) {
            padded.add(CredentialField.SECRET_KEY);
        }
        if (passphrase.hasOuterWhitespace()) {
            padded.add(CredentialField.PASSPHRASE);
        }
        List<CredentialField> oddShapes = new ArrayList<>();
        if (!apiKey.isEmpty() && !looksLikeApiKey(apiKey)) {
            oddShapes.add(CredentialField.API_KEY);
        }
        if (!secretKey.isEmpty() && !looksLikeSecretKey(secretKey)) {
            oddShapes.add(CredentialField.SECRET_KEY);
        }
        if (!passphrase.isEmpty() && !withinPassphraseRange(passphrase)) {
            oddShapes.add(CredentialField.PASSPHRASE);
        }
        List<Problem> problems = new ArrayList<>();
        if (!padded.isEmpty()) {
            problems.add(ProblemCatalog.problem(ProblemId.INPUT_WHITESPACE, ProblemContext.builder().fields(padded).build()));
        }
        if (!oddShapes.isEmpty()) {
            problems.add(ProblemCatalog.problem(ProblemId.INPUT_SHAPE, ProblemContext.builder().fields(oddShapes).build()));
        }
        return problems;
    }

    /** Like a UUID: 36 characters, hex digits in groups of 8-4-4-4-12 (spaces around it are ignored). */
    public static boolean looksLikeApiKey(Secret apiKey) {
        try (Secret value = apiKey.stripped()) {
            return value.apply(chars -> {
                if (chars.length != 36) {
                    return false;
                }
                for (int i = 0; i < chars.length; i++) {
                    boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
                    if (dash ? chars[i] != '-' : Character.digit(chars[i], 16) < 0) {
                        return false;
                    }
                }
                return true;
            });
        }
    }

    /** 32 characters, digits and upper-case A to F (spaces around it are ignored). */
    public static boolean looksLikeSecretKey(Secret secretKey) {
        try (Secret value = secretKey.stripped()) {
            return value.apply(chars -> {
                if (chars.length != 32) {
                    return false;
                }
                for (char c : chars) {
                    if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'F')) {
                        return false;
                    }
                }
                return true;
            });
        }
    }

    private static boolean withinPassphraseRange(Secret passphrase) {
        int length = passphrase.length();
        return length >= PASSPHRASE_MIN && length <= PASSPHRASE_MAX;
    }

    /**
     * Hints towards the stricter passphrase rule the guides recommend (8 to 32 characters with upper and
     * lower case, a digit and a special character). Empty when the passphrase meets it. Advice only.
     */
    public static List<String> passphraseHints(Secret passphrase) {
        return PassphraseRules.assess(passphrase).hints();
    }
}
