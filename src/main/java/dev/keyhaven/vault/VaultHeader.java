package dev.keyhaven.vault;

import dev.keyhaven.secret.Secret;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * What unlocks a vault: its id, the Argon2id settings and salt, and the data key wrapped (AES-GCM)
 * under the key derived from the master password. A SHA-256 checksum over all of it tells a damaged
 * header (checksum mismatch) from a wrong password (checksum fine, data key does not unwrap).
 *
 * <pre>
 * "KHVH" | layout(1) | vault id(16) | kdf algorithm(1) | memory KiB(4) | passes(4) | lanes(4)
 *        | salt length(1) | salt | [layout 2: sealed from format(1)]
 *        | wrapped key length(2) | wrapped key | SHA-256 of all before(32)
 * </pre>
 * The wrapped key's associated data is everything before it, so the settings cannot be swapped either.
 * Layout 2 (vault format 3 on) also names the first format that was sealed: a file that claims an older
 * format, or whose header was turned back into layout 1, no longer unwraps as it was written, so the
 * seal cannot be dropped by setting the format back, even from a vault emptied of every row.
 */
final class VaultHeader {

    static final int VAULT_ID_BYTES = 16;
    private static final byte[] MAGIC = "KHVH".getBytes(StandardCharsets.US_ASCII);
    /** Layout 1 (formats 1 and 2) does not bind the format; layout 2 does. */
    private static final byte UNBOUND_LAYOUT = 1;
    private static final byte BOUND_LAYOUT = 2;
    private static final byte ARGON2ID_V13 = 1;
    private static final int SALT_BYTES = 32;
    private static final int MIN_SALT_BYTES = 16;
    private static final int MAX_SALT_BYTES = 64;
    /** format(1) + nonce(12) + the 32-byte data key + tag(16): the only length a wrapped key can have. */
    private static final int WRAPPED_KEY_BYTES = 1 + 12 + ValueCipher.KEY_BYTES + 16;
    private static final int CHECKSUM_BYTES = 32;

    private final byte[] vaultId;
    private final KdfParameters kdf;
    private final byte[] salt;
    private final byte[] wrappedDataKey;
    /** The first sealed format (layout 2), or 0 in a layout 1 header, which does not say. */
    private final int sealedFrom;

    private VaultHeader(byte[] vaultId, KdfParameters kdf, byte[] salt, int sealedFrom, byte[] wrappedDataKey) {
        this.vaultId = vaultId;
        this.kdf = kdf;
        this.salt = salt;
        this.sealedFrom = sealedFrom;
        this.wrappedDataKey = wrappedDataKey;
    }

    /**
     * A header for {@code dataKey} under {@code password}, with a fresh salt; {@code sealedFrom} the first
     * sealed format (layout 2), or 0 for the layout 1 that a vault of format 1 or 2 has.
     */
    static VaultHeader seal(byte[] vaultId, KdfParameters kdf, Secret password, byte[] dataKey, int sealedFrom) {
        return wrap(vaultId.clone(), kdf, ValueCipher.randomBytes(SALT_BYTES), sealedFrom, password, dataKey);
    }

    /** This header as layout 2, naming {@link Schema#SEALED_FROM}: the format update to format 3 writes it. */
    VaultHeader bindingTheFormat(Secret password, byte[] dataKey) {
        return wrap(vaultId.clone(), kdf, salt.clone(), Schema.SEALED_FROM, password, dataKey);
    }

    private static VaultHeader wrap(byte[] vaultId, KdfParameters kdf, byte[] salt, int sealedFrom, Secret password,
                                    byte[] dataKey) {
        if (sealedFrom != 0 && sealedFrom < Schema.SEALED_FROM) {
            throw new IllegalArgumentException("Format " + sealedFrom + " was not sealed");
        }
        byte[] passwordKey = Argon2idKdf.deriveKey(password, salt, kdf);
        try (ValueCipher wrapper = new ValueCipher(passwordKey)) {
            byte[] wrapped = wrapper.encrypt(dataKey, unlockSettings(vaultId, kdf, salt, sealedFrom));
            return new VaultHeader(vaultId, kdf, salt, sealedFrom, wrapped);
        } finally {
            Arrays.fill(passwordKey, (byte) 0);
        }
    }

    /** Reads and checks a stored header; Damaged when it is not intact. */
    /** The vault id a stored header names, or null when it cannot be read (then damage, not identity, is said). */
    static byte[] vaultIdOrNull(byte[] stored) {
        try {
            return stored == null ? null : decode(stored).vaultId();
        } catch (Damaged e) {
            return null;
        }
    }

    static VaultHeader decode(byte[] stored) throws Damaged {
        if (stored == null || stored.length < CHECKSUM_BYTES + MAGIC.length) {
            throw new Damaged("it is too short");
        }
        int bodyLength = stored.length - CHECKSUM_BYTES;
        byte[] expected = sha256(stored, bodyLength);
        if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(stored, bodyLength, stored.length))) {
            throw new Damaged("its header does not match its checksum");
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(stored, 0, bodyLength);
            byte[] magic = take(in, MAGIC.length);
            byte layout = in.get();
            byte[] vaultId = take(in, VAULT_ID_BYTES);
            byte algorithm = in.get();
            if (!Arrays.equals(magic, MAGIC) || layout != UNBOUND_LAYOUT && layout != BOUND_LAYOUT
                    || algorithm != ARGON2ID_V13) {
                throw new Damaged("its header has a layout this version does not know");
            }
            KdfParameters kdf = new KdfParameters(in.getInt(), in.getInt(), in.getInt());
            byte[] salt = take(in, Byte.toUnsignedInt(in.get()));
            int sealedFrom = layout == BOUND_LAYOUT ? Byte.toUnsignedInt(in.get()) : 0;
            byte[] wrapped = take(in, Short.toUnsignedInt(in.getShort()));
            // Checked before any derivation: an edited header must not make unlock hang or run out of memory.
            if (in.hasRemaining() || !Argon2idKdf.withinSaneLimits(kdf) || salt.length < MIN_SALT_BYTES
                    || salt.length > MAX_SALT_BYTES || wrapped.length != WRAPPED_KEY_BYTES
                    || layout == BOUND_LAYOUT && sealedFrom < Schema.SEALED_FROM) {
                throw new Damaged("its header holds impossible values");
            }
            return new VaultHeader(vaultId, kdf, salt, sealedFrom, wrapped);
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            throw new Damaged("its header is cut short");
        }
    }

    byte[] encode() {
        byte[] settings = unlockSettings(vaultId, kdf, salt, sealedFrom);
        ByteBuffer body = ByteBuffer.allocate(settings.length + 2 + wrappedDataKey.length)
                .put(settings).putShort((short) wrappedDataKey.length).put(wrappedDataKey);
        byte[] bodyBytes = body.array();
        return ByteBuffer.allocate(bodyBytes.length + CHECKSUM_BYTES)
                .put(bodyBytes).put(sha256(bodyBytes, bodyBytes.length)).array();
    }

    /**
     * The data key (the caller wipes it); WrongPassword, or SetBack when this layout 1 header is a layout 2
     * one whose naming of the sealed format was cut out (the password is right, the header is not).
     */
    byte[] unwrapDataKey(Secret password) throws WrongPassword {
        byte[] passwordKey = Argon2idKdf.deriveKey(password, salt, kdf);
        try (ValueCipher wrapper = new ValueCipher(passwordKey)) {
            try {
                return checkedLength(wrapper.decrypt(wrappedDataKey, unlockSettings(vaultId, kdf, salt, sealedFrom)));
            } catch (ValueCipher.TamperedException e) {
                if (sealedFrom == 0 && unwrapsAsBound(wrapper)) {
                    throw new SetBack();
                }
                throw new WrongPassword();
            }
        } finally {
            Arrays.fill(passwordKey, (byte) 0);
        }
    }

    private boolean unwrapsAsBound(ValueCipher wrapper) {
        try {
            Arrays.fill(wrapper.decrypt(wrappedDataKey, unlockSettings(vaultId, kdf, salt, Schema.SEALED_FROM)), (byte) 0);
            return true;
        } catch (ValueCipher.TamperedException e) {
            return false;
        }
    }

    private static byte[] checkedLength(byte[] dataKey) throws WrongPassword {
        if (dataKey.length != ValueCipher.KEY_BYTES) {
            Arrays.fill(dataKey, (byte) 0);
            throw new WrongPassword();
        }
        return dataKey;
    }

    /** The first sealed format this header names (layout 2), or 0 when it names none (layout 1). */
    int sealedFrom() {
        return sealedFrom;
    }

    byte[] vaultId() {
        return vaultId.clone();
    }

    /**
     * Whether {@code other} derives its password key as this one does (same vault id, Argon2id settings and
     * salt). Keyhaven changes these only together with the data key (a password change), so a header under
     * the same data key that differs in them was changed outside Keyhaven.
     */
    boolean sameUnlockSettings(VaultHeader other) {
        return Arrays.equals(vaultId, other.vaultId) && kdf.equals(other.kdf) && Arrays.equals(salt, other.salt);
    }

    KdfParameters kdf() {
        return kdf;
    }

    private static byte[] unlockSettings(byte[] vaultId, KdfParameters kdf, byte[] salt, int sealedFrom) {
        boolean bound = sealedFrom != 0;
        ByteBuffer settings = ByteBuffer.allocate(MAGIC.length + 1 + VAULT_ID_BYTES + 1 + 12 + 1 + salt.length
                        + (bound ? 1 : 0))
                .put(MAGIC).put(bound ? BOUND_LAYOUT : UNBOUND_LAYOUT).put(vaultId).put(ARGON2ID_V13)
                .putInt(kdf.memoryKiB()).putInt(kdf.iterations()).putInt(kdf.parallelism())
                .put((byte) salt.length).put(salt);
        if (bound) {
            settings.put((byte) sealedFrom);
        }
        return settings.array();
    }

    private static byte[] take(ByteBuffer in, int count) {
        byte[] bytes = new byte[count];
        in.get(bytes);
        return bytes;
    }

    private static byte[] sha256(byte[] bytes, int length) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes, 0, length);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime lacks SHA-256", e);
        }
    }

    /** The header is not intact; {@link #getMessage()} completes "This vault file is damaged (...)". */
    static final class Damaged extends Exception {
        private static final long serialVersionUID = 1L;

        Damaged(String what) {
            super(what, null, false, false);
        }
    }

    /**
     * The password is right, but the header was turned back from layout 2 into layout 1; whoever only asks
     * for the data key (an old backup's re-encryption) sees a password that does not open it.
     */
    static final class SetBack extends WrongPassword {
        private static final long serialVersionUID = 1L;

        SetBack() {
            super("its header was set back to the layout from before it named its sealed format");
        }
    }

    /** The header is intact but the password does not unwrap the data key. */
    static class WrongPassword extends Exception {
        private static final long serialVersionUID = 1L;

        WrongPassword() {
            this("wrong password");
        }

        private WrongPassword(String message) {
            super(message, null, false, false);
        }
    }
}
