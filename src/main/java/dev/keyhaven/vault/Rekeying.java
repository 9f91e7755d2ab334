package dev.keyhaven.vault;

import dev.keyhaven.secret.Secret;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * A password change: a fresh data key, salt and KDF calibration, every value re-encrypted under the
 * new key and the vault sealed again, with the new header, in one transaction. No copy made before it
 * (nor its header) opens anything written after it. A kill at any moment leaves the old state or the
 * new one: SQLite's journal rolls back a transaction that did not commit.
 */
final class Rekeying {

    /** What replaces the vault's keys once the transaction has committed; the caller closes the old ones. */
    record Rekeyed(VaultHeader header, ValueCipher cipher, KeyRows rows, VaultSeal seal, long generation) {
    }

    private Rekeying() {
    }

    /** WRONG_PASSWORD unless {@code current} unwraps the very data key the vault holds. */
    static void requireCurrentPassword(VaultHeader header, ValueCipher dataKey, Secret current) throws VaultException {
        java.util.Objects.requireNonNull(current, "currentPassword");
        byte[] unwrapped = null;
        byte[] held = dataKey.exportKey();
        try {
            try {
                unwrapped = header.unwrapDataKey(current);
            } catch (VaultHeader.WrongPassword e) {
                throw Problems.wrongPassword();
            }
            if (!java.security.MessageDigest.isEqual(unwrapped, held)) {
                throw Problems.wrongPassword();
            }
        } finally {
            Arrays.fill(held, (byte) 0);
            if (unwrapped != null) {
                Arrays.fill(unwrapped, (byte) 0);
            }
        }
    }

    static Rekeyed run(VaultDatabase database, VaultHeader header, KeyRows rows, VaultSeal seal, Secret newPassword,
                       KdfParameters kdf) throws SQLException, VaultException, KeyRows.DamagedValue, VaultSeal.Broken {
        byte[] newKey = ValueCipher.randomBytes(ValueCipher.KEY_BYTES);
        byte[] vaultId = header.vaultId();
        VaultHeader renewed = VaultHeader.seal(vaultId, kdf, newPassword, newKey, header.sealedFrom());
        ValueCipher cipher = new ValueCipher(newKey);
        VaultSeal newSeal = new VaultSeal(newKey, vaultId);
        Arrays.fill(newKey, (byte) 0);
        KeyRows newRows = new KeyRows(cipher, vaultId);
        boolean done = false;
        try {
            long generation = database.inTransaction(connection -> {
                try {
                    // Nothing changed outside Keyhaven since the unlock is sealed again under the new key.
                    long current = seal.verify(connection);
                    Reencryption.run(connection, rows, newRows);
                    database.writeHeader(renewed.encode());
                    newSeal.sealAsIs(connection, current + 1);
                    return current + 1;
                } catch (VaultSeal.Broken | KeyRows.DamagedValue e) {
                    throw new Wrapped(e);
                }
            });
            done = true;
            return new Rekeyed(renewed, cipher, newRows, newSeal, generation);
        } catch (Wrapped wrapped) {
            if (wrapped.getCause() instanceof VaultSeal.Broken broken) {
                throw broken;
            }
            throw (KeyRows.DamagedValue) wrapped.getCause();
        } finally {
            if (!done) {
                cipher.close();
                newSeal.close();
            }
        }
    }

    /** Carries a checked problem out of the transaction, which rolls back on it. */
    private static final class Wrapped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Wrapped(Exception cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }
}
