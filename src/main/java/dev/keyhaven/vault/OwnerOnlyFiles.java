package dev.keyhaven.vault;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Owner-only files and folders for the app's other files (settings, log), made the way the vault's own
 * are: mode 0600 / 0700 on POSIX, a single owner entry in the ACL on Windows.
 */
public final class OwnerOnlyFiles {

    private OwnerOnlyFiles() {
    }

    /** Creates {@code folder} (and missing parents) owner-only, or tightens it when it exists. */
    public static void ensureFolder(Path folder) throws IOException {
        FilePermissions.ensureOwnerOnlyFolder(folder.toAbsolutePath());
    }

    /** Makes an existing file or folder owner-only. */
    public static void restrict(Path path) throws IOException {
        FilePermissions.restrictToOwner(path);
    }

    /**
     * Renames {@code from} over {@code to} in one step; on Windows it waits a moment for a program that holds
     * {@code to} open (see {@link AtomicRename}).
     */
    public static void replace(Path from, Path to) throws IOException {
        AtomicRename.replace(from, to);
    }

    /** True when only the owner may use {@code path} (always true where the file system cannot tell). */
    public static boolean isOwnerOnly(Path path) throws IOException {
        return FilePermissions.isOwnerOnly(path);
    }
}
