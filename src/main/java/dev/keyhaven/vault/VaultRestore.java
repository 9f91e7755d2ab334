package dev.keyhaven.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Puts a backup in the place of a vault that is not open, keeping the file it replaces as a backup. */
final class VaultRestore {

    private VaultRestore() {
    }

    static void run(Path file, PreparedRestore prepared, VaultOptions options) throws VaultException {
        Backup backup = Objects.requireNonNull(prepared, "prepared").backup();
        if (prepared.refusalProblem().isPresent()) {
            throw prepared.refusalProblem().get();
        }
        Optional<Path> copy = prepared.copy();
        if (copy.isPresent()) {
            requireAsChecked(prepared, copy.get());
        }
        Path target = file.toAbsolutePath();
        try (VaultLock lock = VaultLock.writer(target); VaultLock alone = VaultLock.noReaders(target)) {
            BackupManager manager = BackupManager.forVault(target);
            if (Files.isRegularFile(target)) {
                manager.copyAsIs("before restore", Instant.now(), backup.file().toAbsolutePath());
            }
            if (copy.isPresent()) {
                manager.putInPlace(copy.get());
            } else {
                manager.restore(backup);
            }
            SealKeeper.restored(target, options.memory());
            VaultAtPath.restored(target, options);
        }
    }

    /** The prepared copy is still there, a file of its own, and holds exactly what was checked. */
    private static void requireAsChecked(PreparedRestore prepared, Path copy) throws VaultException {
        String made = Problems.describe(prepared.backup().createdAt());
        if (!Files.isRegularFile(copy, LinkOption.NOFOLLOW_LINKS)) {
            throw new VaultException(VaultException.Reason.IO, "The copy of the backup from " + made + " made for this"
                    + " restore is gone (the vault was opened meanwhile, which removes such copies): nothing was"
                    + " restored. Restore the backup again.");
        }
        try {
            if (!prepared.stillAsChecked(SyncedFiles.sha256(copy))) {
                throw new VaultException(VaultException.Reason.TAMPERED, "The copy of the backup from " + made
                        + " made for this restore was changed after Keyhaven checked it: nothing was restored. Restore"
                        + " the backup again.");
            }
        } catch (IOException e) {
            throw Problems.io("read the copy made for this restore", copy, e);
        }
    }
}
