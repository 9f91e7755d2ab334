package dev.keyhaven.vault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/** Puts a backup in the place of a vault that is not open, keeping the file it replaces as a backup. */
final class VaultRestore {

    private VaultRestore() {
    }

    static void run(Path file, PreparedRestore prepared, VaultOptions options) throws VaultException {
        Backup backup = Objects.requireNonNull(prepared, "prepared").backup();
        if (prepared.refusalProblem().isPresent()) {
            throw prepared.refusalProblem().get();
        }
        if (!prepared.source().equals(backup.file()) && !Files.isRegularFile(prepared.source())) {
            throw new VaultException(VaultException.Reason.IO, "The copy of the backup from "
                    + Problems.describe(backup.createdAt()) + " made for this restore is gone (the vault was opened"
                    + " meanwhile, which removes such copies): nothing was restored. Restore the backup again.");
        }
        Path target = file.toAbsolutePath();
        try (VaultLock lock = VaultLock.writer(target); VaultLock alone = VaultLock.noReaders(target)) {
            BackupManager manager = BackupManager.forVault(target);
            if (Files.isRegularFile(target)) {
                manager.copyAsIs("before restore", Instant.now(), backup.file().toAbsolutePath());
            }
            manager.restore(backup, prepared.source());
            SealKeeper.restored(target, options.memory());
            VaultAtPath.restored(target, options);
        }
    }
}
