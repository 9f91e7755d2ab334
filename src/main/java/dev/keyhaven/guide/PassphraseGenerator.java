package dev.keyhaven.guide;

import dev.keyhaven.secret.Secret;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;

/**
 * Makes random passphrases that meet OKX's strictest documented rule: 8 to 32 characters with an upper
 * case letter, a lower case letter, a digit and a special character.
 *
 * <p>The alphabet has 64 characters without look-alikes (I O l o 0 1). The special characters leave
 * out those that break where bots keep their settings: {@code $} (expanded by shells and .env files),
 * {@code #} (starts a comment in .env, YAML and INI files), {@code & ( ) ^} (shell and Windows cmd
 * syntax), quotes and the backslash. Every draw is uniform over all strings that meet the rule
 * (rejection sampling), so the entropy is exactly log2 of their number: {@link #entropyBits(int)}.
 */
public final class PassphraseGenerator {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 32;
    /** 16 characters: about 95 bits, well above the 80-bit floor, and still easy to paste. */
    public static final int DEFAULT_LENGTH = 16;
    public static final double MINIMUM_ENTROPY_BITS = 80;

    static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    static final String DIGITS = "23456789";
    static final String SPECIALS = "!@%*-_+=";
    private static final List<String> CLASSES = List.of(UPPER, LOWER, DIGITS, SPECIALS);
    private static final char[] ALPHABET = (UPPER + LOWER + DIGITS + SPECIALS).toCharArray();

    private final SecureRandom random;
    private final int length;

    public PassphraseGenerator() {
        this(new SecureRandom(), DEFAULT_LENGTH);
    }

    public PassphraseGenerator(SecureRandom random, int length) {
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new IllegalArgumentException("A passphrase for OKX has " + MIN_LENGTH + " to " + MAX_LENGTH
                    + " characters; " + length + " is outside that range.");
        }
        this.random = random;
        this.length = length;
    }

    /** A new passphrase; the caller closes it. */
    public Secret generate() {
        while (true) {
            char[] candidate = new char[length];
            for (int i = 0; i < length; i++) {
                candidate[i] = ALPHABET[random.nextInt(ALPHABET.length)];
            }
            if (hasEveryClass(candidate)) {
                return Secret.wrap(candidate);
            }
            Arrays.fill(candidate, '\0');
        }
    }

    public int length() {
        return length;
    }

    /** The entropy of this generator's passphrases, in bits. */
    public double entropyBits() {
        return entropyBits(length);
    }

    /** log2 of the number of strings of {@code length} over the alphabet that hold every class. */
    public static double entropyBits(int length) {
        return log2(validCount(length));
    }

    /** The characters a generated passphrase may hold, for display next to the generator. */
    public static String specialCharacters() {
        return SPECIALS;
    }

    private static boolean hasEveryClass(char[] candidate) {
        for (String characterClass : CLASSES) {
            boolean found = false;
            for (char c : candidate) {
                found |= characterClass.indexOf(c) >= 0;
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** Inclusion and exclusion over the subsets of classes that are missing. */
    private static BigInteger validCount(int length) {
        BigInteger count = BigInteger.ZERO;
        for (int missing = 0; missing < 1 << CLASSES.size(); missing++) {
            int remaining = 0;
            for (int c = 0; c < CLASSES.size(); c++) {
                if ((missing & 1 << c) == 0) {
                    remaining += CLASSES.get(c).length();
                }
            }
            BigInteger term = BigInteger.valueOf(remaining).pow(length);
            count = Integer.bitCount(missing) % 2 == 0 ? count.add(term) : count.subtract(term);
        }
        return count;
    }

    private static double log2(BigInteger value) {
        int shift = Math.max(0, value.bitLength() - 63);
        return shift + Math.log(value.shiftRight(shift).doubleValue()) / Math.log(2);
    }
}
