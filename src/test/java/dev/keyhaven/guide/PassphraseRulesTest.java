package dev.keyhaven.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.guide.PassphraseAssessment.Level;
import dev.keyhaven.secret.Secret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PassphraseRulesTest {

    @ParameterizedTest
    @CsvSource({
        "Tr@ding!Safe99, STRICT",
        "aB3!aB3!, STRICT",
        "aB3!aB3, OUTSIDE_RULES",
        "abcdef, LOOSE",
        "Abc123xyz, LOOSE",
        "abcde, OUTSIDE_RULES",
        "abc!def1, OUTSIDE_RULES",
        "AAAAbbbb1111!!!!AAAAbbbb1111!!!!, STRICT",
        "AAAAbbbb1111!!!!AAAAbbbb1111!!!!x, OUTSIDE_RULES",
    })
    void classifiesAgainstBothRules(String passphrase, Level expected) {
        assertThat(assess(passphrase).level()).isEqualTo(expected);
    }

    @Test
    void aStrictPassphraseGetsNoHints() {
        assertThat(assess("Tr@ding!Safe99").hints()).isEmpty();
    }

    @Test
    void aLoosePassphraseIsAcceptedWithHintsTowardsTheStrictRule() {
        PassphraseAssessment assessment = assess("abcdef");

        assertThat(assessment.meetsStrictRule()).isFalse();
        assertThat(assessment.hints()).containsExactly(
                "Use at least 8 characters; it has 6.",
                "Add an upper case letter (A-Z).",
                "Add a digit (0-9).",
                "Add a special character, such as ! @ % * - _ + =.");
    }

    @Test
    void spacesAndAccentsAreNamed() {
        assertThat(assess("Tr@ding Safe99").hints())
                .containsExactly("Leave out spaces and letters outside A-Z: OKX may refuse them.");
        assertThat(assess("Tr@dingSäfe99").level()).isEqualTo(Level.OUTSIDE_RULES);
    }

    @Test
    void theAssessmentNeverHoldsThePassphrase() {
        PassphraseAssessment assessment = assess("abcdef");
        assertThat(assessment.toString()).doesNotContain("abcdef");
    }

    private static PassphraseAssessment assess(String value) {
        try (Secret secret = Secret.ofString(value)) {
            return PassphraseRules.assess(secret);
        }
    }
}
