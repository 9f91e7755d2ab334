package dev.keyhaven.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.secret.Secret;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PassphraseGeneratorTest {

    @Test
    void tenThousandDrawsAllMeetTheStrictRuleAndNeverRepeat() {
        PassphraseGenerator generator = new PassphraseGenerator();
        Set<String> seen = new HashSet<>();
        int[] counts = new int[128];
        for (int i = 0; i < 10_000; i++) {
            try (Secret passphrase = generator.generate()) {
                assertThat(PassphraseRules.assess(passphrase).level()).isEqualTo(PassphraseAssessment.Level.STRICT);
                assertThat(passphrase.length()).isEqualTo(PassphraseGenerator.DEFAULT_LENGTH);
                String value = passphrase.reveal();
                assertThat(seen.add(value)).as("a repeated passphrase").isTrue();
                for (char c : value.toCharArray()) {
                    assertThat(PassphraseGenerator.UPPER + PassphraseGenerator.LOWER + PassphraseGenerator.DIGITS
                            + PassphraseGenerator.SPECIALS).contains(String.valueOf(c));
                    counts[c]++;
                }
            }
        }
        // Every one of the 64 characters turns up, none wildly more often than its fair share (2,500).
        String alphabet = PassphraseGenerator.UPPER + PassphraseGenerator.LOWER + PassphraseGenerator.DIGITS
                + PassphraseGenerator.SPECIALS;
        for (char c : alphabet.toCharArray()) {
            assertThat(counts[c]).as("count of " + c).isBetween(1_500, 4_000);
        }
    }

    @Test
    void theDefaultHasAtLeastEightyBitsOfEntropy() {
        assertThat(new PassphraseGenerator().entropyBits()).isGreaterThanOrEqualTo(80).isLessThan(96);
        assertThat(PassphraseGenerator.entropyBits(PassphraseGenerator.DEFAULT_LENGTH))
                .isGreaterThanOrEqualTo(PassphraseGenerator.MINIMUM_ENTROPY_BITS);
    }

    @Test
    void entropyCountsOnlyStringsThatHoldEveryClass() {
        // 8 characters over 64: 2^48 strings; those lacking a class come off, so the entropy is a bit below 48.
        assertThat(PassphraseGenerator.entropyBits(8)).isBetween(46.0, 48.0);
        // Long strings almost always hold every class: the entropy tends to 6 bits a character.
        assertThat(PassphraseGenerator.entropyBits(32)).isCloseTo(192.0, org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void theShortestLengthStillHoldsEveryClass() {
        PassphraseGenerator generator = new PassphraseGenerator(new SecureRandom(), 8);
        for (int i = 0; i < 1_000; i++) {
            try (Secret passphrase = generator.generate()) {
                assertThat(PassphraseRules.assess(passphrase).meetsStrictRule()).isTrue();
            }
        }
    }

    @Test
    void refusesLengthsOkxRefuses() {
        assertThatThrownBy(() -> new PassphraseGenerator(new SecureRandom(), 7))
                .hasMessageContaining("8 to 32");
        assertThatThrownBy(() -> new PassphraseGenerator(new SecureRandom(), 33))
                .hasMessageContaining("8 to 32");
    }

    @Test
    void neverShowsThePassphraseInText() {
        try (Secret passphrase = new PassphraseGenerator().generate()) {
            assertThat(passphrase.toString()).doesNotContain(passphrase.reveal());
        }
    }
}
