package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class Argon2idKdfTest {

    /** RFC 9106, section 5.3: Argon2id, version 0x13. */
    @Test
    void matchesTheRfc9106TestVector() {
        byte[] password = filled(32, 0x01);
        byte[] salt = filled(16, 0x02);
        byte[] secret = filled(8, 0x03);
        byte[] associatedData = filled(12, 0x04);

        byte[] tag = Argon2idKdf.derive(password, salt, secret, associatedData, new KdfParameters(32, 3, 4), 32);

        assertThat(HexFormat.of().formatHex(tag))
                .isEqualTo("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
    }

    @Test
    void theVaultKeyDependsOnPasswordAndSalt() {
        KdfParameters cheap = VaultOptions.forTests().floor();
        byte[] salt = filled(32, 0x07);
        byte[] key = Argon2idKdf.deriveKey(TestKeys.password(), salt, cheap);

        assertThat(key).hasSize(32)
                .isEqualTo(Argon2idKdf.deriveKey(TestKeys.password(), salt, cheap))
                .isNotEqualTo(Argon2idKdf.deriveKey(dev.keyhaven.secret.Secret.ofString("other"), salt, cheap))
                .isNotEqualTo(Argon2idKdf.deriveKey(TestKeys.password(), filled(32, 0x08), cheap));
    }

    @Test
    @Tag("mutation-redundant")
    void calibrationKeepsTheFloorsMemoryAndNeverGoesBelowIt() {
        KdfParameters floor = new KdfParameters(1024, 2, 1);

        KdfParameters calibrated = Argon2idKdf.calibrate(floor, Duration.ofMillis(200));

        assertThat(calibrated.memoryKiB()).isEqualTo(1024);
        assertThat(calibrated.parallelism()).isEqualTo(1);
        assertThat(calibrated.iterations()).isBetween(2, Argon2idKdf.MAX_ITERATIONS);
        assertThat(calibrated.meets(floor)).isTrue();
    }

    @Test
    void calibrationRaisesPassesTowardsTheTarget() {
        KdfParameters floor = new KdfParameters(64, 1, 1);

        KdfParameters calibrated = Argon2idKdf.calibrate(floor, Duration.ofMillis(300));

        // One pass over 64 KiB takes well under a millisecond, so ~300 ms needs many passes (capped).
        assertThat(calibrated.iterations()).isGreaterThan(10);
    }

    @Test
    void calibrationTimesOnePassAsTheFloorsRunDividedByItsPasses() {
        KdfParameters floor = new KdfParameters(64, 3, 1);
        long[] now = {0};
        // Every reading of this clock is 6 ms after the last: each run of the floor's 3 passes takes 6 ms.
        LongSupplier clock = () -> now[0] += 6_000_000;

        assertThat(Argon2idKdf.calibrate(floor, Duration.ofMillis(40), clock).iterations()).isEqualTo(20);
        assertThat(Argon2idKdf.calibrate(floor, Duration.ofMillis(3), clock).iterations()).as("never below the floor")
                .isEqualTo(3);
        assertThat(Argon2idKdf.calibrate(floor, Duration.ofSeconds(1), clock).iterations())
                .isEqualTo(Argon2idKdf.MAX_ITERATIONS);
    }

    @Test
    void calibrationOfALargerMemoryNeverWritesMoreWorkThanAnUnlockAccepts() {
        int floorMemory = KdfParameters.FLOOR.memoryKiB();

        assertThat(Argon2idKdf.mostPasses(floorMemory)).isEqualTo(Argon2idKdf.MAX_ITERATIONS);
        assertThat(Argon2idKdf.mostPasses(2 * floorMemory)).isEqualTo(Argon2idKdf.MAX_ITERATIONS / 2);
        assertThat(Argon2idKdf.withinSaneLimits(new KdfParameters(2 * floorMemory,
                Argon2idKdf.mostPasses(2 * floorMemory), 1))).isTrue();
    }

    @Test
    void aZeroTargetUsesTheFloorAsIs() {
        KdfParameters floor = new KdfParameters(256, 1, 1);

        assertThat(Argon2idKdf.calibrate(floor, Duration.ZERO)).isEqualTo(floor);
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
