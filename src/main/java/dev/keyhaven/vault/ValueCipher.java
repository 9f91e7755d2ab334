package dev.keyhaven.vault;

import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * AES-256-GCM under one key, with a fresh random 96-bit nonce for every encryption and a 128-bit tag.
 * Stored form: {@code format(1) | nonce(12) | ciphertext+tag}. Used with the data key for values and
 * with the password's key to wrap the data key.
 *
 * <p>The key lives in a BouncyCastle {@link KeyParameter} whose array this class owns and zeroes on
 * {@link #close()} (the JDK's SecretKeySpec keeps a copy that cannot be destroyed). The cipher is then
 * re-keyed with zeros, so that it holds no schedule derived from the real key either.
 */
final class ValueCipher implements AutoCloseable {

    static final int KEY_BYTES = 32;
    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyParameter key;
    private final GCMModeCipher cipher = GCMBlockCipher.newInstance(AESEngine.newInstance());
    private boolean closed;

    /** Copies {@code key}; the caller wipes its own array. */
    ValueCipher(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("AES-256 needs a 32-byte key");
        }
        this.key = new KeyParameter(key);
        // Keyed once: each value then passes no key, so the cipher keeps its schedule and GHASH tables.
        cipher.init(true, new AEADParameters(this.key, TAG_BITS, randomBytes(NONCE_BYTES)));
    }

    static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    synchronized byte[] encrypt(byte[] plaintext, byte[] associatedData) {
        ensureOpen();
        byte[] nonce = randomBytes(NONCE_BYTES);
        cipher.init(true, new AEADParameters(null, TAG_BITS, nonce, associatedData));
        byte[] stored = new byte[1 + NONCE_BYTES + cipher.getOutputSize(plaintext.length)];
        stored[0] = FORMAT;
        System.arraycopy(nonce, 0, stored, 1, NONCE_BYTES);
        int written = cipher.processBytes(plaintext, 0, plaintext.length, stored, 1 + NONCE_BYTES);
        try {
            cipher.doFinal(stored, 1 + NONCE_BYTES + written);
        } catch (InvalidCipherTextException impossible) {
            throw new IllegalStateException("AES-GCM refused to encrypt", impossible);
        }
        return stored;
    }

    byte[] encrypt(byte[] plaintext, ValueBinding binding) {
        return encrypt(plaintext, binding.associatedData());
    }

    /** The plaintext (the caller wipes it), or TamperedException when the value was changed or moved. */
    synchronized byte[] decrypt(byte[] stored, byte[] associatedData) throws TamperedException {
        ensureOpen();
        if (stored == null || stored.length < 1 + NONCE_BYTES + TAG_BITS / 8 || stored[0] != FORMAT) {
            throw new TamperedException();
        }
        cipher.init(false, new AEADParameters(null, TAG_BITS, Arrays.copyOfRange(stored, 1, 1 + NONCE_BYTES),
                associatedData));
        int sealedLength = stored.length - 1 - NONCE_BYTES;
        byte[] plain = new byte[cipher.getOutputSize(sealedLength)];
        try {
            int written = cipher.processBytes(stored, 1 + NONCE_BYTES, sealedLength, plain, 0);
            cipher.doFinal(plain, written);
            return plain;
        } catch (InvalidCipherTextException | IllegalStateException e) {
            Arrays.fill(plain, (byte) 0);
            throw new TamperedException();
        }
    }

    byte[] decrypt(byte[] stored, ValueBinding binding) throws TamperedException {
        return decrypt(stored, binding.associatedData());
    }

    /** A copy of the key, for wrapping it under another key or deriving keys from it; the caller wipes it. */
    synchronized byte[] exportKey() {
        ensureOpen();
        return key.getKey().clone();
    }

    synchronized boolean isClosed() {
        return closed;
    }

    /** The array that holds the key itself (not a copy): for the test that proves {@link #close()} zeroes it. */
    byte[] keyMaterialForTests() {
        return key.getKey();
    }

    /** Zeroes the key and re-keys the cipher with zeros, so that no schedule of the real key stays referenced. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        Arrays.fill(key.getKey(), (byte) 0);
        cipher.init(true, new AEADParameters(new KeyParameter(new byte[KEY_BYTES]), TAG_BITS,
                randomBytes(NONCE_BYTES)));
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("The key has been wiped");
        }
    }

    /** The stored value does not decrypt: it was changed, or copied from another place. */
    static final class TamperedException extends Exception {
        private static final long serialVersionUID = 1L;

        TamperedException() {
            super("The value does not match its authentication tag", null, false, false);
        }
    }
}
