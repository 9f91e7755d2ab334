package dev.keyhaven.vault;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The backups of one vault, in the owner-only folder {@code <vault file name>.backups} beside it.
 * A backup is written to a temporary name, synced, verified, and only then renamed into place, so a
 * file with a backup's name is always complete. The newest {@value #KEEP} are kept. Names: {@link BackupNames};
 * what a file is: {@link BackupFileCheck}.
 */
final class BackupManager {

    static final int KEEP = 5;
    static final Duration DAILY = Duration.ofHours(24);

    private final Path vaultFile;
    private final Path folder;

    private BackupManager(Path vaultFile) {
        this.vaultFile = vaultFile;
        this.folder = vaultFile.resolveSibling(vaultFile.getFileName() + ".backups");
    }

    static BackupManager forVault(Path vaultFile) {
        return new BackupManager(vaultFile.toAbsolutePath());
    }

    Path folder() {
        return folder;
    }

    /** Checks a freshly written copy; throws when it must not be kept. */
    @FunctionalInterface
    interface Verifier {
        void verify(VaultDatabase copy) throws SQLException, VaultException;
    }

    /** Backups, newest first. */
    List<Backup> list() throws VaultException {
        return BackupNames.list(folder);
    }

    /** The newest backup that still opens and whose header is intact (one named later than now last). Never throws. */
    Optional<Backup> newestGood() {
        try {
            return BackupDate.namedInThePastFirst(list(), Instant.now()).stream()
                    .filter(backup -> BackupFileCheck.structuralProblem(backup.file()) == null).findFirst();
        } catch (VaultException e) {
            return Optional.empty();
        }
    }

    /** Whether no backup was made in the last day; one named later than now (a renamed copy) was not made then. */
    boolean dailyDue(Instant now) throws VaultException {
        return list().stream().map(Backup::createdAt).filter(made -> !made.isAfter(now)).findFirst()
                .map(newest -> !Duration.between(newest, now).minus(DAILY).isNegative()).orElse(true);
    }

    /** A consistent copy of {@code source}, checked by {@code verifier} before it gets a backup's name. */
    Backup create(VaultDatabase source, String reason, Instant now, Verifier verifier) throws VaultException {
        Target target = prepareTarget(reason, now);
        try {
            source.copyInto(target.temporary());
            SyncedFiles.force(target.temporary());
            try (VaultDatabase copy = VaultDatabase.openReadOnly(target.temporary())) {
                verifier.verify(copy);
            }
            return commit(target, null, now);
        } catch (SQLException e) {
            SyncedFiles.deleteQuietly(target.temporary());
            throw source.problem("write a backup of the vault", e);
        } catch (VaultException | RuntimeException e) {
            SyncedFiles.deleteQuietly(target.temporary());
            throw e;
        } catch (IOException e) {
            SyncedFiles.deleteQuietly(target.temporary());
            throw Problems.io("write a backup of the vault", folder, e);
        }
    }

    /** A byte-for-byte copy of the vault file as it is, even damaged (before a restore overwrites it). */
    Backup copyAsIs(String reason, Instant now, Path protectedFromPruning) throws VaultException {
        Target target = prepareTarget(reason, now);
        try {
            byte[] expected = SyncedFiles.copyBytes(vaultFile, target.temporary());
            if (!MessageDigest.isEqual(expected, SyncedFiles.sha256(target.temporary()))) {
                throw new IOException("the copy differs from the vault file");
            }
            return commit(target, protectedFromPruning, now);
        } catch (IOException e) {
            SyncedFiles.deleteQuietly(target.temporary());
            throw Problems.io("copy the vault file before restoring", folder, e);
        }
    }

    /**
     * Replaces the vault file by {@code backup} as it is: its bytes (never through a link at its name) go to a new
     * owner-only file beside the vault, which is synced, checked ({@link BackupFileCheck#structuralProblem}) and then
     * renamed over the vault in one step. Returns the SHA-256 of what was copied, which the vault file must hold
     * once renamed: what takes the vault's place is what was checked.
     */
    byte[] restore(Backup backup) throws VaultException {
        return restore(backup, RestorePreparation.Meanwhile.NOTHING);
    }

    /** As {@link #restore(Backup)}, with {@code beforeRename} between the copy's check and its rename. */
    byte[] restore(Backup backup, RestorePreparation.Meanwhile beforeRename) throws VaultException {
        String notAFile = BackupFileCheck.notAFile(backup.file());
        if (notAFile != null) {
            throw cannotBeRestored(backup, notAFile);
        }
        Path temporary = null;
        try {
            temporary = RestoreCopies.newRestoring(vaultFile);
            byte[] copied = SyncedFiles.copyBytesNotFollowingLinks(backup.file(), temporary);
            String problem = BackupFileCheck.structuralProblem(temporary);
            if (problem != null) {
                throw cannotBeRestored(backup, problem);
            }
            beforeRename.happens(temporary);
            putInPlace(temporary);
            return copied;
        } catch (IOException e) {
            throw Problems.io("restore the backup", vaultFile, e);
        } finally {
            if (temporary != null) {
                SyncedFiles.deleteQuietly(temporary);
            }
        }
    }

    private static VaultException cannotBeRestored(Backup backup, String problem) {
        return new VaultException(VaultException.Reason.DAMAGED, "The backup from "
                + Problems.describe(backup.createdAt()) + " cannot be restored: " + problem
                + ". Choose an older backup.");
    }

    /**
     * Renames {@code checkedCopy} (beside the vault, owner-only, synced) over the vault in one step. A leftover journal
     * of the old file is removed first, as SQLite would otherwise apply it to the restored one.
     */
    void putInPlace(Path checkedCopy) throws VaultException {
        try {
            for (String sidecar : List.of("-journal", "-wal", "-shm")) {
                Files.deleteIfExists(vaultFile.resolveSibling(vaultFile.getFileName() + sidecar));
            }
            AtomicRename.replace(checkedCopy, vaultFile);
            SyncedFiles.forceFolder(vaultFile.getParent());
        } catch (IOException e) {
            throw Problems.io("restore the backup", vaultFile, e);
        }
    }

    private Target prepareTarget(String reason, Instant now) throws VaultException {
        try {
            FilePermissions.ensureOwnerOnlyFolder(folder);
            removeLeftoverTemporaries();
            String id = BackupNames.uniqueId(now, list());
            Path finalName = folder.resolve(BackupNames.fileName(id, reason));
            Path temporary = folder.resolve("." + finalName.getFileName() + BackupNames.TEMPORARY);
            FilePermissions.createOwnerOnlyFile(temporary);
            return new Target(id, finalName, temporary);
        } catch (IOException e) {
            throw Problems.io("prepare the backups folder", folder, e);
        }
    }

    /** Gives the verified temporary file its backup name and prunes old ones (except {@code keep}, if given). */
    private Backup commit(Target target, Path keep, Instant now) throws IOException, VaultException {
        AtomicRename.rename(target.temporary(), target.file());
        SyncedFiles.forceFolder(folder);
        Backup made = list().stream().filter(backup -> backup.file().equals(target.file())).findFirst()
                .orElseThrow(() -> new IOException("the backup vanished after it was written"));
        prune(made, keep, now);
        return made;
    }

    /**
     * Keeps {@code made}, {@code keep} and the newest {@value #KEEP} whole copies of the same vault in all. Only
     * those copies count and only they are removed: a damaged file, a link or another vault's file that carries
     * a backup's name (say, dated in the future) can neither push a real backup out nor be removed. A damaged
     * {@code made} (the copy as is of a damaged vault) prunes nothing. A copy named later than {@code now} (renamed,
     * say, to 2999) counts as the oldest, so it never keeps a real recent backup out.
     */
    private void prune(Backup made, Path keep, Instant now) throws VaultException {
        Optional<String> vault = BackupFileCheck.wholeCopyOf(made.file());
        if (vault.isEmpty()) {
            return;
        }
        int kept = 1;
        for (Backup old : BackupDate.namedInThePastFirst(list(), now)) {
            if (old.file().equals(made.file()) || old.file().equals(keep)
                    || !vault.equals(BackupFileCheck.wholeCopyOf(old.file()))) {
                continue;
            }
            if (kept < KEEP) {
                kept++;
                continue;
            }
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                throw Problems.io("remove an old backup", old.file(), e);
            }
        }
    }

    private void removeLeftoverTemporaries() throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, ".*" + BackupNames.TEMPORARY)) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    private record Target(String id, Path file, Path temporary) {
    }
}
