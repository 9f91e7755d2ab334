package dev.keyhaven.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.keyhaven.guide.PassphraseAssessment.Level;
import dev.keyhaven.secret.Secret;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The edges of OKX's passphrase rules and of the generator: each class's first and last character. */
class PassphraseGuardTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // Each class's first and last character counts as that class.
        "Aa1!aaaa | STRICT",
        "Za1!aaaa | STRICT",
        "aA1!AAAA | STRICT",
        "zA1!AAAA | STRICT",
        "Aa0!aaaa | STRICT",
        "Aa9!aaaa | STRICT",
        "Aa1!aaaa | STRICT",
        "Aa1~aaaa | STRICT",
        // One class missing each: never strict.
        "AB3!AB3! | OUTSIDE_RULES",
        "ab3!ab3! | OUTSIDE_RULES",
        "aB!!aB!! | OUTSIDE_RULES",
        "aB33aB33 | LOOSE",
        // Letters and digits only: loose from 6 to 32 characters.
        "ABCDEF | LOOSE",
        "123456 | LOOSE",
        "abcdefghijabcdefghijabcdefghijab | LOOSE",
        "abcdefghijabcdefghijabcdefghijabc | OUTSIDE_RULES",
        "Abc12 | OUTSIDE_RULES",
    })
    void classifiesAtTheEdges(String passphrase, Level expected) {
        assertThat(assess(passphrase).level()).isEqualTo(expected);
    }

    @Test
    void aPassphraseLackingOnlyLowerCaseIsNotStrictAndSaysSo() {
        PassphraseAssessment assessment = assess("AB3!AB3!");
        assertThat(assessment.meetsStrictRule()).isFalse();
        assertThat(assessment.hints()).containsExactly("Add a lower case letter (a-z).");
    }

    @Test
    void eachMissingClassHasItsOwnHint() {
        assertThat(assess("ab3!ab3!").hints()).containsExactly("Add an upper case letter (A-Z).");
        assertThat(assess("aB!!aB!!").hints()).containsExactly("Add a digit (0-9).");
        assertThat(assess("aB33aB33").hints()).containsExactly("Add a special character, such as ! @ % * - _ + =.");
        assertThat(assess("aB3!aB3").hints()).containsExactly("Use at least 8 characters; it has 7.");
        assertThat(assess("aB3!aB3!aB3!aB3!aB3!aB3!aB3!aB3!x").hints())
                .containsExactly("Use at most 32 characters; it has 33.");
    }

    @Test
    void aSpaceADeleteAndAControlCharacterAreNotSpecialCharacters() {
        for (String outside : List.of("aB3!aB3 x", "aB3!aB3\u007Fx", "aB3!aB3\tx", "aB3!aB3\u0080x")) {
            PassphraseAssessment assessment = assess(outside);
            assertThat(assessment.level()).as(outside).isEqualTo(Level.OUTSIDE_RULES);
            assertThat(assessment.hints()).as(outside)
                    .containsExactly("Leave out spaces and letters outside A-Z: OKX may refuse them.");
        }
        // Letters, digits and a space: neither rule.
        assertThat(assess("abc def").level()).isEqualTo(Level.OUTSIDE_RULES);
        assertThat(assess("abc\u007Fdef").level()).isEqualTo(Level.OUTSIDE_RULES);
    }

    @Test
    void theGeneratorAcceptsOnlyOkxLengths() {
        assertThat(new PassphraseGenerator(new SecureRandom(), 8).length()).isEqualTo(8);
        assertThat(new PassphraseGenerator(new SecureRandom(), 32).length()).isEqualTo(32);
        assertThat(new PassphraseGenerator().length()).isEqualTo(PassphraseGenerator.DEFAULT_LENGTH);
        assertThatThrownBy(() -> new PassphraseGenerator(new SecureRandom(), 7))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("7 is outside");
        assertThatThrownBy(() -> new PassphraseGenerator(new SecureRandom(), 33))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("33 is outside");
    }

    @Test
    void eachClassesFirstCharacterCountsTowardsEveryClass() {
        // The alphabet is upper (24), lower (24), digits (8), specials (8): indexes 0, 24, 48, 56 are each
        // class's first character. The first candidate holds every class only through those.
        ScriptedRandom random = new ScriptedRandom(0, 24, 48, 56, 0, 0, 0, 0, 1, 25, 49, 57, 1, 1, 1, 1);
        try (Secret passphrase = new PassphraseGenerator(random, 8).generate()) {
            assertThat(passphrase.reveal()).isEqualTo("Aa2!AAAA");
        }
    }

    @Test
    void aCandidateLackingAClassIsDrawnAgain() {
        ScriptedRandom random = new ScriptedRandom(0, 0, 0, 0, 0, 0, 0, 0, 1, 25, 49, 57, 1, 1, 1, 1);
        try (Secret passphrase = new PassphraseGenerator(random, 8).generate()) {
            assertThat(passphrase.reveal()).isEqualTo("Bb3@BBBB");
        }
    }

    @Test
    void entropyCountsOnlyPassphrasesWithEveryClass() {
        // log2 of the number of strings over 64 characters that hold each of the four classes, by
        // inclusion and exclusion over the classes left out.
        assertThat(PassphraseGenerator.entropyBits(8)).isCloseTo(46.60857068019626, within(1e-9));
        assertThat(PassphraseGenerator.entropyBits(9)).as("an odd length").isCloseTo(52.85499542047105, within(1e-9));
        assertThat(PassphraseGenerator.entropyBits(16)).isCloseTo(95.62828824379802, within(1e-9));
        assertThat(new PassphraseGenerator().entropyBits()).isCloseTo(95.62828824379802, within(1e-9));
        assertThat(PassphraseGenerator.entropyBits(32)).isCloseTo(191.95935500213167, within(1e-9));
    }

    private static PassphraseAssessment assess(String value) {
        try (Secret secret = Secret.ofString(value)) {
            return PassphraseRules.assess(secret);
        }
    }

    /** Hands out the given indexes in order; the generator asks only for indexes into its alphabet. */
    private static final class ScriptedRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final transient Deque<Integer> next = new ArrayDeque<>();

        ScriptedRandom(int... indexes) {
            for (int index : indexes) {
                next.add(index);
            }
        }

        @Override
        public int nextInt(int bound) {
            assertThat(bound).isEqualTo(64);
            assertThat(next).as("the script ran out").isNotEmpty();
            return next.poll();
        }
    }
}
