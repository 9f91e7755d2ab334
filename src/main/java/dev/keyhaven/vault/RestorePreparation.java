package dev.keyhaven.vault;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A restore's checks and the file it renames are one and the same: the backup is first copied (never through a link
 * at its name) into a new owner-only file beside the vault, and that copy is what is compared with the vault (format,
 * structure, seal, keys), prepared with what OKX said since ({@link NewerFacts}), checked again and noted by its
 * digest. A backup swapped or edited after that changes nothing the restore puts in place.
 */
final class RestorePreparation {

    /**
     * What happens to the copy between its comparison and its preparation: nothing in Keyhaven; a test acts there as
     * something else on this computer could, to show that the checks after it still hold.
     */
    @FunctionalInterface
    interface Meanwhile {
        Meanwhile NOTHING = copy -> { };

        void happens(Path copy) throws IOException;
    }

    private final Path vaultFile;
    private final BackupComparison comparison;
    private final NewerFacts facts;
    private final Meanwhile meanwhile;

    RestorePreparation(Path vaultFile, BackupComparison comparison, NewerFacts facts, Meanwhile meanwhile) {
        this.vaultFile = vaultFile;
        this.comparison = comparison;
        this.facts = facts;
        this.meanwhile = meanwhile;
    }

    /**
     * {@code backup} made ready in a checked copy, or refused. Throws only for a passing reason (busy, a disk error)
     * or for the vault itself when it cannot be read before the copy was compared with it (DAMAGED or TAMPERED); a
     * damaged backup or copy is a refusal.
     */
    PreparedRestore prepare(Backup backup, Instant now) throws VaultException {
        String notAFile = BackupFileCheck.notAFile(backup.file());
        if (notAFile != null) {
            return PreparedRestore.refused(BackupStanding.damaged(backup, notAFile).nameCheckedAt(now));
        }
        Path copy = null;
        boolean handedOver = false;
        try {
            copy = RestoreCopies.newPrepared(vaultFile);
            SyncedFiles.copyBytesNotFollowingLinks(backup.file(), copy);
            BackupStanding standing = comparison.compare(backup, copy);
            meanwhile.happens(copy);
            PreparedRestore prepared = preparedOrTheCheckedCopy(standing, copy, now);
            if (prepared.copy().isEmpty()) {
                return prepared;
            }
            String problem = BackupFileCheck.structuralProblem(copy);
            if (problem != null) {
                return PreparedRestore.refused(BackupStanding.damaged(backup, problem));
            }
            SyncedFiles.force(copy);
            PreparedRestore checked = prepared.checked(SyncedFiles.sha256(copy));
            handedOver = true;
            return checked;
        } catch (IOException e) {
            throw Problems.io("copy the backup for restoring", backup.file(), e);
        } finally {
            if (copy != null && !handedOver) {
                SyncedFiles.deleteQuietly(copy);
            }
        }
    }

    /**
     * What OKX said since carried into {@code copy} (a refused standing returns before the vault is read); or, when
     * the vault itself can no longer be read after the copy was compared with it and found restorable, that checked
     * copy as it is (review 30 #2): never the backup read again from the backups folder, which someone may have
     * swapped meanwhile.
     */
    private PreparedRestore preparedOrTheCheckedCopy(BackupStanding standing, Path copy, Instant now)
            throws VaultException {
        try {
            return facts.prepare(standing, copy, now);
        } catch (VaultException failure) {
            if (!PreparedRestore.vaultCannotBeRead(failure)) {
                throw failure;
            }
            return new PreparedRestore(standing.backup(), copy, List.of(), PreparedRestore.unreadableVault(failure));
        }
    }
}
