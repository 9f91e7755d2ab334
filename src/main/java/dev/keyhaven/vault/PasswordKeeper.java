package dev.keyhaven.vault;

import dev.keyhaven.secret.Secret;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * What the master password unlocks in an unlocked {@link Vault}: the header that wraps the data key, and
 * the data key itself. Tells whether a password is the master password, changes it (re-keying every
 * value), and deals with the backups that an old password still opens. Only the vault calls it, holding
 * its lock.
 */
final class PasswordKeeper implements AutoCloseable {

    /** The verified backup made before the password changes. */
    @FunctionalInterface
    interface BackupFirst {
        void run() throws VaultException;
    }

    private final Path file;
    private final VaultOptions options;
    private final VaultDatabase database;
    private final BackupManager backups;
    private final SealKeeper sealKeeper;
    private VaultHeader header;
    private ValueCipher dataKey;

    PasswordKeeper(Path file, VaultOptions options, VaultDatabase database, BackupManager backups,
                   SealKeeper sealKeeper, VaultHeader header, ValueCipher dataKey) {
        this.file = file;
        this.options = options;
        this.database = database;
        this.backups = backups;
        this.sealKeeper = sealKeeper;
        this.header = header;
        this.dataKey = dataKey;
    }

    VaultHeader header() {
        return header;
    }

    /** After the format update wrote {@code bound} (the same data key, now naming its sealed format). */
    void headerBound(VaultHeader bound) {
        header = bound;
    }

    ValueCipher dataKey() {
        return dataKey;
    }

    boolean isMasterPassword(Secret password) throws VaultException {
        try {
            Rekeying.requireCurrentPassword(header, dataKey, password);
            return true;
        } catch (VaultException e) {
            if (e.reason() == VaultException.Reason.WRONG_PASSWORD) {
                return false;
            }
            throw e;
        }
    }

    /** Checks both passwords, backs up, re-keys the vault in one transaction, then holds the new keys. */
    PasswordChange change(Secret currentPassword, Secret newPassword, KeyStore keyStore, BackupFirst backupFirst)
            throws VaultException {
        Objects.requireNonNull(currentPassword, "currentPassword");
        DraftChecks.requireNewPassword(newPassword);
        Rekeying.requireCurrentPassword(header, dataKey, currentPassword);
        backupFirst.run();
        KdfParameters kdf = Argon2idKdf.calibrate(options.floor(), options.unlockTarget());
        Rekeying.Rekeyed rekeyed;
        try {
            rekeyed = Rekeying.run(database, header, keyStore.rows(), sealKeeper.seal(), newPassword, kdf);
        } catch (SQLException e) {
            throw database.problem("save the new master password", e);
        } catch (VaultSeal.Broken e) {
            throw sealKeeper.tampered(e.getMessage(), database, header);
        } catch (KeyRows.DamagedValue e) {
            throw Problems.damaged(file, e.what(), null);
        }
        ValueCipher oldKey = dataKey;
        dataKey = rekeyed.cipher();
        keyStore.useRows(rekeyed.rows());
        header = rekeyed.header();
        sealKeeper.replaced(rekeyed.seal(), rekeyed.generation());
        oldKey.close();
        return new PasswordChange(oldPasswordBackups().list());
    }

    List<Backup> backupsWithOldPassword() throws VaultException {
        return oldPasswordBackups().list();
    }

    int deleteBackupsWithOldPassword() throws VaultException {
        return oldPasswordBackups().deleteAll();
    }

    List<Backup> reencryptBackupsWithOldPassword(Secret oldPassword, KeyRows rows, Schema schema, int formatVersion)
            throws VaultException {
        Objects.requireNonNull(oldPassword, "oldPassword");
        return oldPasswordBackups().reencrypt(oldPassword, new OldPasswordBackups.Current(header, rows,
                sealKeeper.seal(), schema, formatVersion));
    }

    /** Wipes the data key. */
    @Override
    public void close() {
        dataKey.close();
    }

    private OldPasswordBackups oldPasswordBackups() {
        return new OldPasswordBackups(backups, header.encode(), sealKeeper.seal());
    }
}
