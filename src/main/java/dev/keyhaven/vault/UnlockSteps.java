package dev.keyhaven.vault;

import java.nio.file.Path;

/**
 * What an opening does once the password has unwrapped the data key, before the vault is used: the
 * header against the format the file claims, the vault and format last seen at its path, the format update
 * (the writer only), the seal and the generation memory, the daily backup (the writer only, unless told not to).
 */
final class UnlockSteps {

    private final Path file;
    private final VaultHold hold;
    private final VaultDatabase database;
    private final OpenVaultBackups backups;
    private final SealKeeper sealKeeper;
    private final PasswordKeeper keys;
    private final KeyStore keyStore;
    private final VaultAtPath atPath;

    UnlockSteps(Path file, VaultHold hold, VaultDatabase database, OpenVaultBackups backups, SealKeeper sealKeeper,
                PasswordKeeper keys, KeyStore keyStore, VaultAtPath atPath) {
        this.file = file;
        this.hold = hold;
        this.database = database;
        this.backups = backups;
        this.sealKeeper = sealKeeper;
        this.keys = keys;
        this.keyStore = keyStore;
        this.atPath = atPath;
    }

    /**
     * Runs the steps on a file of {@code formatVersion} and returns its format after them;
     * {@code boundHeader} is the header the format update writes when it binds the format (or null).
     */
    int afterUnlock(Schema schema, int formatVersion, VaultHeader boundHeader, FormatUpdate.BackupFirst backupFirst,
                    boolean dailyBackup) throws VaultException {
        String setBack = FormatUpdate.headerDisagrees(keys.header(), formatVersion);
        if (setBack != null) {
            throw sealKeeper.tampered(setBack, database, keys.header());
        }
        keyStore.read("check the vault", connection -> {
            atPath.check(connection, formatVersion);
            return null;
        });
        int format = formatVersion;
        if (hold.isWriter()) {
            FormatUpdate.ifOlder(format, schema, keyStore, keys, sealKeeper, database, file, boundHeader, backupFirst);
            format = schema.latestVersion();
        }
        verifySeal(format);
        atPath.formatWentBackFrom().ifPresent(seen -> sealKeeper.formatWentBack(seen, formatVersion));
        atPath.remember(format, keys.header());
        if (hold.isWriter()) {
            RestoreCopies.removeLeftOvers(file);
        }
        if (hold.isWriter() && dailyBackup) {
            backups.dailyIfDue(format);
        }
        return format;
    }

    /** After a create: the seal the create stored, and the new vault at its path. */
    void afterCreate(int formatVersion) throws VaultException {
        verifySeal(formatVersion);
        atPath.remember(formatVersion, keys.header());
    }

    /** Checks the seal in one read snapshot, and tells the generation memory what it saw. */
    void verifySeal(int formatVersion) throws VaultException {
        keyStore.read("check the vault", connection -> {
            database.inSnapshot(snapshot -> {
                sealKeeper.verifyAtUnlock(snapshot, database, keys.header(), formatVersion);
                return null;
            });
            return null;
        });
    }
}
