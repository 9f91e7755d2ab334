package dev.keyhaven.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Puts a backup in the place of a vault that is not open, keeping the file it replaces as a backup. Under the
 * vault's writer lock, the copy is checked to hold what was checked just before it is renamed, and the vault file to
 * hold it just after: only then do the memories take the restored file as the vault.
 */
final class VaultRestore {

    private VaultRestore() {
    }

    static void run(Path file, PreparedRestore prepared, VaultOptions options) throws VaultException {
        run(file, prepared, options, RestorePreparation.Meanwhile.NOTHING);
    }

    /** As {@link #run(Path, PreparedRestore, VaultOptions)}, with {@code beforeRename} between the last check and the rename. */
    static void run(Path file, PreparedRestore prepared, VaultOptions options, RestorePreparation.Meanwhile beforeRename)
            throws VaultException {
        Backup backup = Objects.requireNonNull(prepared, "prepared").backup();
        if (prepared.refusalProblem().isPresent()) {
            throw prepared.refusalProblem().get();
        }
        Optional<Path> copy = prepared.copy();
        Path target = file.toAbsolutePath();
        try (VaultLock lock = VaultLock.writer(target); VaultLock alone = VaultLock.noReaders(target)) {
            BackupManager manager = BackupManager.forVault(target);
            if (Files.isRegularFile(target)) {
                manager.copyAsIs("before restore", Instant.now(), backup.file().toAbsolutePath());
            }
            byte[] renamed;
            if (copy.isPresent()) {
                renamed = requireAsChecked(prepared, copy.get());
                happen(beforeRename, copy.get());
                manager.putInPlace(copy.get());
            } else {
                renamed = manager.restore(backup, beforeRename);
            }
            requireInPlace(target, renamed, backup);
            SealKeeper.restored(target, options.memory());
            VaultAtPath.restored(target, options);
        }
    }

    /** The prepared copy is still there, a file of its own, and holds exactly what was checked: its SHA-256. */
    private static byte[] requireAsChecked(PreparedRestore prepared, Path copy) throws VaultException {
        String made = Problems.describe(prepared.backup().createdAt());
        if (!Files.isRegularFile(copy, LinkOption.NOFOLLOW_LINKS)) {
            throw new VaultException(VaultException.Reason.IO, "The copy of the backup from " + made + " made for this"
                    + " restore is gone or is no longer the file Keyhaven made (opening the vault meanwhile removes such"
                    + " copies): nothing was restored. Restore the backup again.");
        }
        try {
            byte[] sha256 = SyncedFiles.sha256(copy);
            if (!prepared.stillAsChecked(sha256)) {
                throw new VaultException(VaultException.Reason.TAMPERED, "Another program on this computer changed the"
                        + " copy of the backup from " + made + " that Keyhaven made for this restore, after Keyhaven"
                        + " checked it: nothing was restored. Check this computer for malware, then restore the backup"
                        + " again.");
            }
            return sha256;
        } catch (IOException e) {
            throw Problems.io("read the copy made for this restore", copy, e);
        }
    }

    /**
     * The vault file now holds exactly {@code renamed}. Otherwise something changed the copy between its check and its
     * rename: the memories are not told of a restore, so the next unlock warns of an older or changed vault.
     */
    private static void requireInPlace(Path target, byte[] renamed, Backup backup) throws VaultException {
        byte[] now;
        try {
            now = Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) ? SyncedFiles.sha256(target) : null;
        } catch (IOException e) {
            throw Problems.io("read the restored vault", target, e);
        }
        if (now == null || !MessageDigest.isEqual(renamed, now)) {
            throw new VaultException(VaultException.Reason.TAMPERED, "Another program on this computer changed the"
                    + " backup from " + Problems.describe(backup.createdAt()) + " while Keyhaven was putting it in"
                    + " your vault's place, so Keyhaven did not accept the result: when you next unlock, Keyhaven will"
                    + " warn that the vault is not the one it last saw. Check this computer for malware, then restore"
                    + " the backup again (the vault as it was before is kept as the \"before restore\" backup).");
        }
    }

    private static void happen(RestorePreparation.Meanwhile meanwhile, Path copy) throws VaultException {
        try {
            meanwhile.happens(copy);
        } catch (IOException e) {
            throw Problems.io("restore the backup", copy, e);
        }
    }
}
