package dev.keyhaven.vault;

import java.util.Arrays;

/**
 * Pads a value to a whole number of fixed-size buckets before it is encrypted, so that a ciphertext's
 * length tells only the bucket: {@code length(4, big-endian) | value | zeros}. Credentials use
 * {@value #CREDENTIAL} bytes (any passphrase up to 60 bytes looks the same), text {@value #TEXT}.
 */
final class Padding {

    static final int CREDENTIAL = 64;
    static final int TEXT = 256;
    private static final int LENGTH_BYTES = 4;

    private Padding() {
    }

    /** A new array holding {@code value} padded to a multiple of {@code bucket}; the caller wipes both. */
    static byte[] pad(byte[] value, int bucket) {
        int used = LENGTH_BYTES + value.length;
        int size = (used + bucket - 1) / bucket * bucket;
        byte[] padded = new byte[size];
        padded[0] = (byte) (value.length >>> 24);
        padded[1] = (byte) (value.length >>> 16);
        padded[2] = (byte) (value.length >>> 8);
        padded[3] = (byte) value.length;
        System.arraycopy(value, 0, padded, LENGTH_BYTES, value.length);
        return padded;
    }

    /** The value inside {@code padded} (a new array), or null when it is not padded as {@link #pad} does. */
    static byte[] unpad(byte[] padded) {
        if (padded.length < LENGTH_BYTES) {
            return null;
        }
        int length = (padded[0] & 0xff) << 24 | (padded[1] & 0xff) << 16 | (padded[2] & 0xff) << 8 | padded[3] & 0xff;
        if (length < 0 || length > padded.length - LENGTH_BYTES) {
            return null;
        }
        for (int i = LENGTH_BYTES + length; i < padded.length; i++) {
            if (padded[i] != 0) {
                return null;
            }
        }
        return Arrays.copyOfRange(padded, LENGTH_BYTES, LENGTH_BYTES + length);
    }
}
