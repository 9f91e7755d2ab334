package dev.keyhaven.vault;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.security.auth.DestroyFailedException;

/**
 * AES-256-GCM under one key, with a fresh random 96-bit nonce for every encryption and a 128-bit tag.
 * Stored form: {@code format(1) | nonce(12) | ciphertext+tag}. Used with the data key for values and
 * with the password's key to wrap the data key.
 */
final class ValueCipher implements AutoCloseable {

    static final int KEY_BYTES = 32;
    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;
    private final SecretKeySpec keySpec;
    private final Cipher cipher;
    private boolean closed;

    /** Copies {@code key}; the caller wipes its own array. */
    ValueCipher(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("AES-256 needs a 32-byte key");
        }
        this.key = key.clone();
        this.keySpec = new SecretKeySpec(this.key, "AES");
        try {
            this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime lacks AES-GCM", e);
        }
    }

    static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    synchronized byte[] encrypt(byte[] plaintext, byte[] associatedData) {
        ensureOpen();
        byte[] nonce = randomBytes(NONCE_BYTES);
        try {
            cipher.init(Cipher.ENCRYPT_MODE, keySpec, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(FORMAT).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM refused to encrypt", e);
        }
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
        try {
            cipher.init(Cipher.DECRYPT_MODE, keySpec,
                    new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(stored, 1, 1 + NONCE_BYTES)));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new TamperedException();
        }
    }

    byte[] decrypt(byte[] stored, ValueBinding binding) throws TamperedException {
        return decrypt(stored, binding.associatedData());
    }

    /** A copy of the key, for wrapping it under another key; the caller wipes it. */
    synchronized byte[] exportKey() {
        ensureOpen();
        return key.clone();
    }

    synchronized boolean isClosed() {
        return closed;
    }

    /** Wipes the key. The JDK keeps its own copy inside SecretKeySpec, which is destroyed where it can be. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        Arrays.fill(key, (byte) 0);
        try {
            keySpec.destroy();
        } catch (DestroyFailedException notSupportedByThisJdk) {
            // the spec becomes garbage with the cipher; nothing else holds it
        }
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
