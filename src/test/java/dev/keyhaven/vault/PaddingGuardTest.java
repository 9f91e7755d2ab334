package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Padding's edges: the bucket a value lands in, the big-endian length, and every padding it refuses. */
class PaddingGuardTest {

    @Test
    void aValueFillsItsBucketUpToTheLengthPrefix() {
        assertThat(Padding.pad(new byte[0], Padding.CREDENTIAL)).hasSize(64);
        assertThat(Padding.pad(filled(60), Padding.CREDENTIAL)).as("4 + 60 bytes fill one bucket").hasSize(64);
        assertThat(Padding.pad(filled(61), Padding.CREDENTIAL)).as("one byte more needs a second").hasSize(128);
        assertThat(Padding.pad(filled(252), Padding.TEXT)).hasSize(256);
        assertThat(Padding.pad(filled(253), Padding.TEXT)).hasSize(512);
    }

    @Test
    void theLengthIsStoredBigEndianInFourBytesThenTheValueThenZeros() {
        byte[] padded = Padding.pad(filled(300), Padding.TEXT);
        assertThat(Arrays.copyOfRange(padded, 0, 4)).containsExactly(0, 0, 1, 0x2C);
        assertThat(Arrays.copyOfRange(padded, 4, 304)).isEqualTo(filled(300));
        assertThat(Arrays.copyOfRange(padded, 304, padded.length)).containsOnly(0);

        byte[] large = Padding.pad(new byte[0x01_02_03], Padding.TEXT);
        assertThat(Arrays.copyOfRange(large, 0, 4)).containsExactly(0, 1, 2, 3);
    }

    @Test
    void theLengthsTopByteIsStoredToo() {
        byte[] huge = Padding.pad(new byte[0x01_00_00_01], Padding.TEXT);
        assertThat(Arrays.copyOfRange(huge, 0, 4)).containsExactly(1, 0, 0, 1);
        assertThat(Padding.unpad(huge)).hasSize(0x01_00_00_01);
    }

    @Test
    void unpadGivesBackExactlyWhatWasPadded() {
        for (int length : new int[] {0, 1, 59, 60, 61, 200, 252, 253}) {
            byte[] value = filled(length);
            assertThat(Padding.unpad(Padding.pad(value, Padding.CREDENTIAL))).as("length " + length).isEqualTo(value);
        }
        assertThat(Padding.unpad(new byte[4])).as("an empty value padded to nothing more").isEmpty();
    }

    @Test
    void unpadReadsEveryByteOfTheLength() {
        byte[] padded = new byte[0x01_01_01 + 4];
        padded[1] = 1;
        padded[2] = 1;
        padded[3] = 1;
        assertThat(Padding.unpad(padded)).hasSize(0x01_01_01);
        padded[3] = 2;
        assertThat(Padding.unpad(padded)).as("one byte longer than the array").isNull();
    }

    @Test
    void unpadRefusesWhatPadDoesNotMake() {
        assertThat(Padding.unpad(new byte[3])).as("shorter than the length").isNull();
        assertThat(Padding.unpad(new byte[] {0, 0, 0, 1})).as("a length past the end").isNull();
        assertThat(Padding.unpad(new byte[] {0, 0, 0, 1, 7})).containsExactly(7);
        assertThat(Padding.unpad(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0})).as("negative")
                .isNull();
        assertThat(Padding.unpad(new byte[] {(byte) 0x80, 0, 0, 0, 0})).as("negative, the sign bit alone").isNull();
        assertThat(Padding.unpad(new byte[] {0, 0, 0, 1, 7, 0, 0, 1})).as("a non-zero byte in the padding").isNull();
        assertThat(Padding.unpad(new byte[] {0, 0, 0, 1, 7, 1, 0, 0})).as("right after the value").isNull();
        assertThat(Padding.unpad("{\"label\":1}".getBytes())).as("JSON of format 1 is never taken as padded").isNull();
    }

    private static byte[] filled(int length) {
        byte[] value = new byte[length];
        Arrays.fill(value, (byte) 'x');
        return value;
    }
}
