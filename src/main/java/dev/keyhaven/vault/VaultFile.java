package dev.keyhaven.vault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What can be done to a vault's file without unlocking it: ask whether it is there, list its backups, put a
 * backup in its place. To unlock it, see {@link Vault#open}.
 */
public final class VaultFile {

    private VaultFile() {
    }

    /** True when {@code file} exists (whether or not it is a valid vault). */
    public static boolean exists(Path file) {
        return Files.exists(file);
    }

    /** The backups of the vault at {@code file}, newest first, without unlocking it. */
    public static List<Backup> backups(Path file) throws VaultException {
        return BackupManager.forVault(file).list();
    }

    /**
     * Fails, as a restore would, while the app or another Keyhaven command holds or reads the vault at
     * {@code file}: so that nothing says it is restoring before it finds out it cannot.
     */
    public static void requireFreeToReplace(Path file) throws VaultException {
        Path target = file.toAbsolutePath();
        try (VaultLock lock = VaultLock.writer(target); VaultLock alone = VaultLock.noReaders(target)) {
            // both taken and let go: nobody holds the vault right now
        }
    }

    /** See {@link #restore(Path, Backup, VaultOptions)}, with {@link VaultOptions#standard()}'s memories. */
    public static void restore(Path file, Backup backup) throws VaultException {
        restore(file, backup, VaultOptions.standard());
    }

    /**
     * Replaces the vault at {@code file} by {@code backup}, after backing up the current file (even a
     * damaged one) as "before restore". The vault must not be open in this process. The memories of
     * {@code options} (generation, vault at the path) learn of it, so the older file is not warned about.
     */
    public static void restore(Path file, Backup backup, VaultOptions options) throws VaultException {
        VaultRestore.run(file, PreparedRestore.asIs(backup, null), options);
    }

    /**
     * As {@link #restore(Path, Backup, VaultOptions)}, with the copy {@link VaultBackups#prepareRestore} made of
     * the backup (what OKX said since it was made carried into it): it takes the vault's place in one rename.
     */
    public static void restore(Path file, PreparedRestore prepared, VaultOptions options) throws VaultException {
        VaultRestore.run(file, prepared, options);
    }
}
