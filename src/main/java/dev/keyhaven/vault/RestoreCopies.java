package dev.keyhaven.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * The copies a restore writes beside the vault, owner-only, before one rename puts one of them in its place: the
 * backup prepared with what OKX said since ({@link NewerFacts}) and the restore's own copy ({@link BackupManager}).
 * A restore killed half-way leaves them behind; the next open of the vault by its writer removes them.
 */
final class RestoreCopies {

    private RestoreCopies() {
    }

    /** The backup prepared for a restore while the vault is open: ".vault.keyhaven.prepared.tmp". */
    static Path prepared(Path vaultFile) {
        return vaultFile.resolveSibling("." + vaultFile.getFileName() + ".prepared.tmp");
    }

    /** The copy checked against the backup just before it takes the vault's place: ".vault.keyhaven.restore.tmp". */
    static Path restoring(Path vaultFile) {
        return vaultFile.resolveSibling("." + vaultFile.getFileName() + ".restore.tmp");
    }

    /**
     * Removes the two copies a killed restore left, by their names alone: only a regular, owner-only file (as a
     * restore makes it), never a link (nor what it points to), never the vault or a backup.
     */
    static void removeLeftOvers(Path vaultFile) {
        for (Path copy : List.of(prepared(vaultFile), restoring(vaultFile))) {
            try {
                if (Files.isRegularFile(copy, LinkOption.NOFOLLOW_LINKS) && FilePermissions.isOwnerOnly(copy)) {
                    Files.delete(copy);
                }
            } catch (IOException stillThere) {
                // gone already, or not ours to remove: the next restore replaces it
            }
        }
    }
}
