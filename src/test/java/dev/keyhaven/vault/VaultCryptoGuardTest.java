package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.secret.Secret;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** AES-256-GCM per value, the KDF's limits and floor, and the master-password rule at its edges. */
class VaultCryptoGuardTest {

    private static final byte[] AAD = "vault|record|field".getBytes(StandardCharsets.UTF_8);

    private static byte[] key() {
        return ValueCipher.randomBytes(ValueCipher.KEY_BYTES);
    }

    @ParameterizedTest(name = "{0} bytes")
    @CsvSource({"0", "16", "24", "31", "33"})
    void onlyA32ByteKeyIsAccepted(int length) {
        assertThatThrownBy(() -> new ValueCipher(new byte[length])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("AES-256 needs a 32-byte key");
    }

    @Test
    void aClosedCipherNeitherEncryptsNorDecryptsNorExports() throws Exception {
        ValueCipher cipher = new ValueCipher(key());
        byte[] sealed = cipher.encrypt(new byte[] {1, 2, 3}, AAD);
        assertThat(cipher.isClosed()).isFalse();

        cipher.close();
        cipher.close();

        assertThat(cipher.isClosed()).isTrue();
        assertThatThrownBy(() -> cipher.encrypt(new byte[] {1}, AAD)).isInstanceOf(IllegalStateException.class)
                .hasMessage("The key has been wiped");
        assertThatThrownBy(() -> cipher.decrypt(sealed, AAD)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(cipher::exportKey).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theCipherKeepsItsOwnCopyOfTheKey() throws Exception {
        byte[] key = key();
        byte[] original = key.clone();
        try (ValueCipher cipher = new ValueCipher(key)) {
            byte[] sealed = cipher.encrypt(new byte[] {9}, AAD);
            Arrays.fill(key, (byte) 0);
            assertThat(cipher.decrypt(sealed, AAD)).containsExactly(9);
            assertThat(cipher.exportKey()).isEqualTo(original);
        }
    }

    @Test
    @Tag("mutation-redundant")
    void eachValueIsSealedWithAFreshNonceAndBoundToItsPlace() throws Exception {
        try (ValueCipher cipher = new ValueCipher(key())) {
            byte[] plaintext = "secret".getBytes(StandardCharsets.UTF_8);
            byte[] first = cipher.encrypt(plaintext, AAD);
            byte[] second = cipher.encrypt(plaintext, AAD);

            assertThat(first).hasSize(1 + 12 + plaintext.length + 16);
            assertThat(first[0]).isEqualTo((byte) 1);
            assertThat(Arrays.copyOfRange(first, 1, 13)).isNotEqualTo(Arrays.copyOfRange(second, 1, 13));
            assertThat(cipher.decrypt(first, AAD)).isEqualTo(plaintext);
            assertThatThrownBy(() -> cipher.decrypt(first, "elsewhere".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(ValueCipher.TamperedException.class);
        }
    }

    @Test
    void aStoredValueOfTheWrongShapeIsTamperedWith() throws Exception {
        try (ValueCipher cipher = new ValueCipher(key())) {
            byte[] empty = cipher.encrypt(new byte[0], AAD);
            assertThat(empty).hasSize(1 + 12 + 16);
            assertThat(cipher.decrypt(empty, AAD)).isEmpty();

            assertThatThrownBy(() -> cipher.decrypt(Arrays.copyOf(empty, empty.length - 1), AAD))
                    .isInstanceOf(ValueCipher.TamperedException.class);
            assertThatThrownBy(() -> cipher.decrypt(null, AAD)).isInstanceOf(ValueCipher.TamperedException.class);
            byte[] otherFormat = empty.clone();
            otherFormat[0] = 2;
            assertThatThrownBy(() -> cipher.decrypt(otherFormat, AAD)).isInstanceOf(ValueCipher.TamperedException.class);
        }
        try (ValueCipher one = new ValueCipher(key()); ValueCipher other = new ValueCipher(key())) {
            byte[] sealed = one.encrypt(new byte[] {1}, AAD);
            assertThatThrownBy(() -> other.decrypt(sealed, AAD)).isInstanceOf(ValueCipher.TamperedException.class);
        }
    }

    @Test
    void theSaneLimitsOfStoredKdfSettingsAreInclusive() {
        int max = Argon2idKdf.MAX_MEMORY_KIB;
        assertThat(Argon2idKdf.withinSaneLimits(new KdfParameters(8, 1, 1))).isTrue();
        assertThat(Argon2idKdf.withinSaneLimits(new KdfParameters(7, 1, 1))).isFalse();
        int lanes = Argon2idKdf.MAX_PARALLELISM;
        assertThat(Argon2idKdf.withinSaneLimits(new KdfParameters(8 * lanes, 1, lanes))).isTrue();
        assertThat(Argon2idKdf.withinSaneLimits(new KdfParameters(8 * lanes - 1, 1, lanes))).isFalse();
        assertThat(Argon2idKdf.withinSaneLimits(new KdfParameters(max, 1, 1))).isTrue();
        assertThat(Argon2idKdf.withinSaneLimits(new KdfParameters(max + 1, 1, 1))).isFalse();
        assertThat(Argon2idKdf.withinSaneLimits(new KdfParameters(1024, 0, 1))).isFalse();
        assertThat(Argon2idKdf.withinSaneLimits(new KdfParameters(1024, Argon2idKdf.MAX_STORED_ITERATIONS, 1))).isTrue();
        assertThat(Argon2idKdf.withinSaneLimits(new KdfParameters(1024, Argon2idKdf.MAX_STORED_ITERATIONS + 1, 1)))
                .isFalse();
        assertThat(Argon2idKdf.withinSaneLimits(new KdfParameters(1024, 1, 0))).isFalse();
        assertThat(Argon2idKdf.withinSaneLimits(new KdfParameters(1024, 1, Argon2idKdf.MAX_PARALLELISM))).isTrue();
        assertThat(Argon2idKdf.withinSaneLimits(new KdfParameters(1024, 1, Argon2idKdf.MAX_PARALLELISM + 1))).isFalse();
    }

    @Test
    void storedSettingsMayNotAskForMoreWorkThanKeyhavensOwnCalibrationWrites() {
        int floorMemory = KdfParameters.FLOOR.memoryKiB();
        int passes = Argon2idKdf.MAX_STORED_ITERATIONS;

        assertThat(Argon2idKdf.withinSaneLimits(new KdfParameters(floorMemory, passes, 1))).isTrue();
        assertThat(Argon2idKdf.withinSaneLimits(new KdfParameters(floorMemory + 1, passes, 1))).isFalse();
        assertThat(Argon2idKdf.withinSaneLimits(new KdfParameters(2 * floorMemory, passes / 2, 1))).isTrue();
        assertThat(Argon2idKdf.withinSaneLimits(new KdfParameters(2 * floorMemory, passes / 2 + 1, 1))).isFalse();
        // The header an attacker wrote: 1 GiB, 64 passes, 4 lanes took over 5 minutes to unlock.
        assertThat(Argon2idKdf.withinSaneLimits(new KdfParameters(1024 * 1024, passes, 4))).isFalse();
    }

    @Test
    @Tag("mutation-redundant")
    void theFloorIsMetOnlyByEqualOrStrongerSettings() {
        KdfParameters floor = KdfParameters.FLOOR;
        assertThat(floor.meets(floor)).isTrue();
        assertThat(new KdfParameters(floor.memoryKiB() - 1, 9, 1).meets(floor)).isFalse();
        assertThat(new KdfParameters(floor.memoryKiB(), floor.iterations() - 1, 1).meets(floor)).isFalse();
        assertThat(new KdfParameters(floor.memoryKiB(), floor.iterations(), 0).meets(floor)).isFalse();
        assertThat(new KdfParameters(floor.memoryKiB() * 2, floor.iterations() + 1, 2).meets(floor)).isTrue();
    }

    @Test
    void calibrationKeepsTheFloorsMemoryAndLanesAndStaysWithinThePassLimits() {
        KdfParameters floor = new KdfParameters(256, 1, 1);
        assertThat(Argon2idKdf.calibrate(floor, Duration.ZERO)).isSameAs(floor);
        assertThat(Argon2idKdf.calibrate(floor, Duration.ofMillis(-1))).isSameAs(floor);
        KdfParameters calibrated = Argon2idKdf.calibrate(floor, Duration.ofSeconds(30));
        assertThat(calibrated.memoryKiB()).isEqualTo(256);
        assertThat(calibrated.parallelism()).isEqualTo(1);
        assertThat(calibrated.iterations()).as("30 s of 256 KiB passes hits the cap").isEqualTo(Argon2idKdf.MAX_ITERATIONS);
        KdfParameters tiny = Argon2idKdf.calibrate(new KdfParameters(256, 3, 1), Duration.ofNanos(1));
        assertThat(tiny.iterations()).as("never below the floor's passes").isEqualTo(3);
        // One microsecond is far less than one pass over 256 KiB: the measured time keeps it at one pass.
        assertThat(Argon2idKdf.calibrate(floor, Duration.ofNanos(1_000)).iterations()).isEqualTo(1);
    }

    @Test
    @Tag("mutation-redundant")
    void derivedKeysDependOnPasswordSaltAndEverySetting() {
        byte[] salt = new byte[16];
        KdfParameters base = new KdfParameters(256, 1, 1);
        byte[] key = Argon2idKdf.deriveKey(Secret.ofString("pw"), salt, base);
        assertThat(key).hasSize(32).isEqualTo(Argon2idKdf.deriveKey(Secret.ofString("pw"), salt, base));
        assertThat(Argon2idKdf.deriveKey(Secret.ofString("pW"), salt, base)).isNotEqualTo(key);
        assertThat(Argon2idKdf.deriveKey(Secret.ofString("pw"), new byte[17], base)).isNotEqualTo(key);
        assertThat(Argon2idKdf.deriveKey(Secret.ofString("pw"), salt, new KdfParameters(264, 1, 1))).isNotEqualTo(key);
        assertThat(Argon2idKdf.deriveKey(Secret.ofString("pw"), salt, new KdfParameters(256, 2, 1))).isNotEqualTo(key);
        assertThat(Argon2idKdf.deriveKey(Secret.ofString("pw"), salt, new KdfParameters(256, 1, 2))).isNotEqualTo(key);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // 12 characters and "Good" (score 3): the least the rule accepts.
        "horse-batter | 3 | Good | true",
        // 12 characters but only "Fair".
        "horsebattery | 2 | Fair | false",
        // "Strong" but 11 characters.
        "Kx9#mQ2$vLp | 4 | Strong | false",
        "Kx9#mQ2$vLpW | 4 | Strong | true",
    })
    void theMasterPasswordRuleIsTwelveCharactersAndGood(String password, int score, String rating,
            boolean acceptable) {
        MasterPasswordPolicy.Assessment assessment = MasterPasswordPolicy.assess(Secret.ofString(password));
        assertThat(assessment.score()).isEqualTo(score);
        assertThat(assessment.rating()).isEqualTo(rating);
        assertThat(assessment.acceptable()).isEqualTo(acceptable);
        assertThat(assessment.advice()).doesNotContain(password);
    }

    @Test
    void theAdviceNamesWhatIsMissing() {
        assertThat(MasterPasswordPolicy.assess(Secret.ofString("Kx9#mQ2$vLp")).advice())
                .isEqualTo("Too short: 11 of at least 12 characters.");
        assertThat(MasterPasswordPolicy.assess(Secret.ofString("horse-batter")).advice()).startsWith("Good choice.");
        assertThat(MasterPasswordPolicy.assess(Secret.ofString("horsebattery")).advice())
                .as("zxcvbn has no warning for it").isEqualTo("Easy to guess. Add another unrelated word.");
        assertThat(MasterPasswordPolicy.assess(Secret.ofString("password1234")).advice())
                .isEqualTo("This is a very common password. Add another unrelated word.");
        MasterPasswordPolicy.Assessment empty = MasterPasswordPolicy.assess(Secret.empty());
        assertThat(empty.acceptable()).isFalse();
        assertThat(empty.rating()).isEmpty();
        assertThat(empty.advice()).isEqualTo(MasterPasswordPolicy.RULE);
    }
}
