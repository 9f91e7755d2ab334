package dev.keyhaven.vault;

import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Brings a vault file of an older format up to this version's, in one transaction: the schema's steps,
 * and, from a format before seals, every value re-encrypted padded and the rows sealed.
 */
final class FormatUpdate {

    private FormatUpdate() {
    }

    /** Runs the update; true when it sealed the file (its values are padded from now on). */
    static boolean run(VaultDatabase database, Schema schema, int from, KeyRows current, KeyRows padded, VaultSeal seal,
                       Path file, Backup before) throws VaultException {
        boolean sealing = from < Schema.SEALED_FROM && schema.latestVersion() >= Schema.SEALED_FROM;
        try {
            database.inTransaction(connection -> {
                schema.migrate(connection, from);
                if (sealing) {
                    try {
                        Reencryption.run(connection, current, padded);
                    } catch (KeyRows.DamagedValue e) {
                        throw Problems.damaged(file, e.what(), null);
                    }
                    seal.sealAsIs(connection, 1);
                }
                return null;
            });
        } catch (SQLException | RuntimeException e) {
            throw new VaultException(VaultException.Reason.IO,
                    "Keyhaven could not update this vault to its new format, so it left the file as it was (a backup"
                            + " was made first: " + before.file() + "). Use the Keyhaven version that last opened it,"
                            + " and please report this problem.", e);
        }
        return sealing;
    }
}
