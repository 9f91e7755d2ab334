package dev.keyhaven.vault;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The copies a restore writes beside the vault, owner-only, before one rename puts one of them in its place: the
 * backup copied, checked and prepared with what OKX said since ({@link NewerFacts}), or copied and checked to go in
 * as it is ({@link BackupManager}). Each gets a name of its own (".vault.keyhaven.prepared-1f0c….tmp"), so two
 * restores never share one. A restore killed half-way leaves them behind; the next open of the vault by its writer
 * removes them.
 */
final class RestoreCopies {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RestoreCopies() {
    }

    /** A new, empty, owner-only file for a backup prepared for a restore while the vault is open. */
    static Path newPrepared(Path vaultFile) throws IOException {
        return newCopy(vaultFile, "prepared");
    }

    /** A new, empty, owner-only file for a backup copied and checked just before it takes the vault's place. */
    static Path newRestoring(Path vaultFile) throws IOException {
        return newCopy(vaultFile, "restore");
    }

    private static Path newCopy(Path vaultFile, String kind) throws IOException {
        byte[] unique = new byte[8];
        RANDOM.nextBytes(unique);
        Path copy = vaultFile.resolveSibling("." + vaultFile.getFileName() + "." + kind + "-"
                + HexFormat.of().formatHex(unique) + ".tmp");
        FilePermissions.createOwnerOnlyFile(copy); // fails if the name is taken: never someone else's file
        return copy;
    }

    /**
     * Whether {@code name} is one a restore of {@code vaultFile} gives its copies: with a unique part, or the fixed
     * names an earlier Keyhaven used (".vault.keyhaven.prepared.tmp", ".vault.keyhaven.restore.tmp").
     */
    static boolean isCopyName(Path vaultFile, String name) {
        return Pattern.matches("\\." + Pattern.quote(vaultFile.getFileName().toString())
                + "\\.(prepared|restore)(-[0-9a-f]{16})?\\.tmp", name);
    }

    /**
     * Removes the copies a killed restore left, by their names alone: only a regular, owner-only file (as a restore
     * makes it), never a link (nor what it points to), never the vault or a backup.
     */
    static void removeLeftOvers(Path vaultFile) {
        try {
            for (Path copy : all(vaultFile)) {
                removeIfOurs(copy);
            }
        } catch (IOException unreadable) {
            // the folder cannot be listed now: the next opening tries again
        }
    }

    /** What carries a restore copy's name beside {@code vaultFile} now, of whatever kind (a link too). */
    static List<Path> all(Path vaultFile) throws IOException {
        List<Path> copies = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(vaultFile.toAbsolutePath().getParent(),
                entry -> isCopyName(vaultFile, entry.getFileName().toString()))) {
            entries.forEach(copies::add);
        } catch (java.nio.file.DirectoryIteratorException e) {
            throw e.getCause();
        }
        return copies;
    }

    private static void removeIfOurs(Path copy) {
        try {
            if (Files.isRegularFile(copy, LinkOption.NOFOLLOW_LINKS) && FilePermissions.isOwnerOnly(copy)) {
                Files.delete(copy);
            }
        } catch (IOException stillThere) {
            // gone already, or not ours to remove
        }
    }
}
