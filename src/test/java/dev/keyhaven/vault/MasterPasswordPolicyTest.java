package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class MasterPasswordPolicyTest {

    @Test
    void aLongPassphraseOfUnrelatedWordsIsAccepted() {
        try (Secret password = Secret.ofString("lantern orbit velvet cactus")) {
            MasterPasswordPolicy.Assessment strength = MasterPasswordPolicy.assess(password);
            assertThat(strength.acceptable()).isTrue();
            assertThat(strength.score()).isGreaterThanOrEqualTo(MasterPasswordPolicy.MIN_SCORE);
            assertThat(strength.rating()).isIn("Good", "Strong");
        }
    }

    @Test
    void aShortPasswordIsRefusedWithItsLength() {
        try (Secret password = Secret.ofString("Xq7#pL2!")) {
            MasterPasswordPolicy.Assessment strength = MasterPasswordPolicy.assess(password);
            assertThat(strength.acceptable()).isFalse();
            assertThat(strength.advice()).contains("8 of at least 12");
        }
    }

    @Test
    @Tag("mutation-redundant")
    void aLongButPredictablePasswordIsRefused() {
        try (Secret password = Secret.ofString("password1234")) {
            MasterPasswordPolicy.Assessment strength = MasterPasswordPolicy.assess(password);
            assertThat(strength.acceptable()).isFalse();
            assertThat(strength.score()).isLessThan(MasterPasswordPolicy.MIN_SCORE);
        }
    }

    @Test
    @Tag("mutation-redundant")
    void measuringLeavesTheCallersSecretIntact() {
        try (Secret password = Secret.ofString("lantern orbit velvet cactus")) {
            MasterPasswordPolicy.assess(password);
            assertThat(password.reveal()).isEqualTo("lantern orbit velvet cactus");
        }
    }
}
