package dev.keyhaven.vault;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;

/** A fresh backup must hold the same header, the same rows, values that all decrypt, and a seal that matches. */
final class CopyVerification {

    private CopyVerification() {
    }

    static void verify(VaultDatabase copy, VaultDatabase database, int formatVersion, KeyRows rows, VaultSeal seal,
                       Path file) throws SQLException, VaultException {
        if (copy.applicationId() != VaultDatabase.APPLICATION_ID || copy.userVersion() != formatVersion
                || !copy.structureIsSound()) {
            throw notVerified("it does not open as this vault");
        }
        if (!Arrays.equals(copy.readHeader(), database.readHeader())) {
            throw notVerified("its header differs from the vault's");
        }
        // Only this writer adds or removes keys; commands beside it may add history rows during the copy.
        long keys = copy.count("SELECT count(*) FROM keys");
        long history = copy.count("SELECT count(*) FROM history");
        if (keys != database.count("SELECT count(*) FROM keys") || history > database.count("SELECT count(*) FROM history")) {
            throw notVerified("it holds other keys than the vault");
        }
        long expected = 4 * keys + history;
        long decrypted;
        try {
            decrypted = rows.verifyEveryValue(copy.connection());
        } catch (KeyRows.DamagedValue e) {
            throw Problems.damaged(file, e.what(), null);
        }
        if (decrypted != expected) {
            throw notVerified("it holds " + decrypted + " values instead of " + expected);
        }
        if (formatVersion >= Schema.SEALED_FROM) {
            try {
                seal.verify(copy.connection());
            } catch (VaultSeal.Broken e) {
                throw notVerified("its seal does not match: " + e.getMessage());
            }
        }
    }

    private static VaultException notVerified(String why) {
        return new VaultException(VaultException.Reason.IO,
                "The new backup failed its check (" + why + "), so it was not kept. Your vault is unchanged;"
                        + " try again, and check the disk if it keeps failing.");
    }
}
