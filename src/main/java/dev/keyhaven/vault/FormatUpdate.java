package dev.keyhaven.vault;

import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Brings a vault file of an older format up to this version's, in one transaction: the schema's steps,
 * and, from a format before seals, every value re-encrypted padded and the rows sealed.
 */
final class FormatUpdate {

    /** The verified backup made before the update. */
    @FunctionalInterface
    interface BackupFirst {
        Backup make() throws VaultException;
    }

    private FormatUpdate() {
    }

    /**
     * Brings the unlocked vault's file up to {@code schema}'s format when it is older, after a verified
     * backup, with no reader beside it (the tables change shape). An unsealed file that shows it was set
     * back from a sealed one is refused as tampered.
     */
    static void ifOlder(int formatVersion, Schema schema, KeyStore keyStore, PasswordKeeper keys, SealKeeper sealKeeper,
                        VaultDatabase database, Path file, VaultHeader boundHeader, BackupFirst backupFirst)
            throws VaultException {
        if (formatVersion == schema.latestVersion()) {
            return;
        }
        KeyRows padded = new KeyRows(keys.dataKey(), keys.header().vaultId());
        if (formatVersion < Schema.SEALED_FROM) {
            String setBack = keyStore.read("check the vault", connection -> DowngradeCheck.evidence(connection, keyStore.rows()));
            if (setBack != null) {
                throw sealKeeper.tampered(setBack, database, keys.header());
            }
        }
        try (VaultLock alone = VaultLock.noReaders(file)) {
            Backup before = backupFirst.make();
            if (run(database, schema, formatVersion, keyStore.rows(), padded, sealKeeper.seal(), boundHeader, file,
                    before)) {
                keyStore.useRows(padded);
            }
            if (boundHeader != null) {
                keys.headerBound(boundHeader);
            }
        }
    }

    /**
     * Why a file of {@code formatVersion} cannot have {@code header}, or null: a header that names its
     * sealed format on a file claiming a format from before it, or a file of a format whose headers name
     * it with a header that does not (one taken from an older copy). {@link FormatClaim} refuses most set-back
     * files before the password; the first check is what still refuses one whose seal table was dropped as well
     * (then only the header, which the password binds, shows the sealed format).
     */
    static String headerDisagrees(VaultHeader header, int formatVersion) {
        if (formatVersion < header.sealedFrom()) {
            return DowngradeCheck.SET_BACK;
        }
        if (formatVersion >= Schema.HEADER_NAMES_SEAL && header.sealedFrom() == 0) {
            return "its header was replaced by one from before its format named the sealed format";
        }
        return null;
    }

    /** Runs the update; true when it sealed the file (its values are padded from now on). */
    static boolean run(VaultDatabase database, Schema schema, int from, KeyRows current, KeyRows padded, VaultSeal seal,
                       VaultHeader boundHeader, Path file, Backup before) throws VaultException {
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
                if (boundHeader != null) {
                    database.writeHeader(boundHeader.encode());
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
