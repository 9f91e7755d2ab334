package dev.keyhaven.vault;

import dev.keyhaven.secret.Secret;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The backups of an unlocked {@link Vault}, reached by {@link Vault#backups()}: making one, how each compares
 * with the vault now, and those a password change left opening with the old password. Each method holds the
 * vault's lock and fails once it is locked, as the vault's own methods do; those that write need the full opening.
 */
public final class VaultBackups {

    private final Vault vault;
    private final OpenVaultBackups backups;
    private final PasswordKeeper keys;
    private final KeyStore keyStore;

    VaultBackups(Vault vault, OpenVaultBackups backups, PasswordKeeper keys, KeyStore keyStore) {
        this.vault = vault;
        this.backups = backups;
        this.keys = keys;
        this.keyStore = keyStore;
    }

    /** Makes a verified backup now; keeps the newest five. */
    public Backup now(String reason) throws VaultException {
        synchronized (vault) {
            vault.ensureUnlocked();
            vault.ensureWriter();
            return backups.now(reason, vault.formatVersion());
        }
    }

    /**
     * After a vault's first key is saved: a verified backup unless one was made since (the daily one on unlock
     * came before the key), so a vault holding a key is never without a backup that holds it. A failure is told
     * by {@link #problem()}.
     */
    public void firstIfNone() throws VaultException {
        synchronized (vault) {
            vault.ensureUnlocked();
            vault.ensureWriter();
            Collection<KeyRecord> all = keyStore.records().values();
            if (all.size() == 1) {
                backups.firstIfNone(vault.formatVersion(), all.iterator().next().createdAt());
            }
        }
    }

    /** Why the last daily backup could not be made, if it could not: the user should hear it. */
    public Optional<String> problem() {
        synchronized (vault) {
            return backups.dailyProblem();
        }
    }

    /** Each backup, newest first, with what it holds compared with this vault now ({@link BackupStanding}). */
    public List<BackupStanding> standings() throws VaultException {
        synchronized (vault) {
            vault.ensureUnlocked();
            return comparison().compare(backups.list());
        }
    }

    /**
     * {@code backup} compared with this vault as it is now, as {@link #standings()} would give it, without comparing
     * every other backup too; empty when it is no longer in the backups folder.
     */
    public Optional<BackupStanding> standingNow(Backup backup) throws VaultException {
        synchronized (vault) {
            vault.ensureUnlocked();
            Optional<Backup> listed = backups.list().stream()
                    .filter(each -> each.file().equals(backup.file())).findFirst();
            return listed.isEmpty() ? Optional.empty() : Optional.of(comparison().compare(listed.get()));
        }
    }

    private BackupComparison comparison() throws VaultException {
        return new BackupComparison(keys.header().encode(), keyStore.rows(), keyStore.records(), backups.seal(),
                keyStore, backups.now());
    }

    /**
     * {@code backup} made ready to take this vault's place ({@link VaultFile#restore(java.nio.file.Path,
     * PreparedRestore, VaultOptions)}, once the vault is closed): a copy into which each check that found, after
     * the backup was made, that OKX no longer knows an API key it holds is written and sealed. The caller closes it.
     * One its {@link BackupStanding} does not call {@link BackupStanding#restorable() restorable} (damaged, or changed
     * outside Keyhaven since it was made) is {@link PreparedRestore#refusal() refused}: the restore does not run.
     * The checks run on the copy that the restore renames into place ({@link RestorePreparation}). Throws DAMAGED or
     * TAMPERED only when this vault itself cannot be read now (see {@link PreparedRestore#whenTheVaultCannotBeRead});
     * any other failure is a passing one (busy, locked, a disk error): nothing is to be restored now.
     */
    public PreparedRestore prepareRestore(Backup backup) throws VaultException {
        return prepareRestore(backup, RestorePreparation.Meanwhile.NOTHING);
    }

    /** As {@link #prepareRestore(Backup)}, with {@code meanwhile} between the copy's comparison and its preparation. */
    PreparedRestore prepareRestore(Backup backup, RestorePreparation.Meanwhile meanwhile) throws VaultException {
        synchronized (vault) {
            vault.ensureUnlocked();
            return backups.prepareRestore(backup, comparison(), meanwhile);
        }
    }

    /**
     * Fails, as {@link VaultFile#restore} would once this vault is locked, while a Keyhaven command reads it beside
     * this opener (or, opened shared, while another Keyhaven may change it): so that the app says so, still
     * unlocked, before it locks to restore.
     */
    public void requireFreeToRestore() throws VaultException {
        synchronized (vault) {
            vault.ensureUnlocked();
            vault.ensureWriter();
            try (VaultLock alone = VaultLock.noReaders(vault.path().toAbsolutePath())) {
                // taken and let go: no command reads the vault right now
            }
        }
    }

    /** Backups the current password does not open (made before a password change), newest first. */
    public List<Backup> withOldPassword() throws VaultException {
        synchronized (vault) {
            vault.ensureUnlocked();
            return keys.backupsWithOldPassword();
        }
    }

    /** Deletes the backups that the current password does not open; returns how many it deleted. */
    public int deleteWithOldPassword() throws VaultException {
        synchronized (vault) {
            vault.ensureUnlocked();
            vault.ensureWriter();
            return keys.deleteBackupsWithOldPassword();
        }
    }

    /**
     * Re-encrypts the backups that {@code oldPassword} opens so that only the current password opens
     * them; returns those it left as they were (another password, an older format, damage).
     */
    public List<Backup> reencryptWithOldPassword(Secret oldPassword) throws VaultException {
        synchronized (vault) {
            vault.ensureUnlocked();
            vault.ensureWriter();
            return keys.reencryptBackupsWithOldPassword(oldPassword, keyStore.rows(), vault.schema(), vault.formatVersion());
        }
    }
}
