package dev.keyhaven.vault;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Makes files and folders readable by their owner only: mode 0600 / 0700 where the file system is
 * POSIX, an ACL with a single entry for the owner and nothing inherited where it has ACLs (Windows, see
 * {@link WindowsOwnerOnly}).
 */
final class FilePermissions {

    /** How permissions are read and set: the file system's own views, or, in tests, those of another system. */
    interface Views {
        /** The POSIX view, or null where the file system has none. */
        PosixFileAttributeView posix(Path path);

        /** The ACL view where the drive keeps ACLs, or null. */
        AclFileAttributeView acl(Path path) throws IOException;

        /** The ACL logic for the person this process runs as. */
        WindowsOwnerOnly windows();
    }

    static final Views SYSTEM = new Views() {
        @Override
        public PosixFileAttributeView posix(Path path) {
            return Files.getFileAttributeView(path, PosixFileAttributeView.class);
        }

        @Override
        public AclFileAttributeView acl(Path path) throws IOException {
            return aclView(path);
        }

        @Override
        public WindowsOwnerOnly windows() {
            return WindowsOwnerOnly.ofThisProcess();
        }
    };

    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");

    private FilePermissions() {
    }

    /** Creates an empty owner-only file; fails if {@code file} exists. */
    static void createOwnerOnlyFile(Path file) throws IOException {
        createOwnerOnlyFile(file, SYSTEM);
    }

    static void createOwnerOnlyFile(Path file, Views views) throws IOException {
        if (isPosix(file.toAbsolutePath().getParent(), views)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_FILE));
        } else {
            Files.createFile(file);
        }
        restrictToOwner(file, views);
    }

    /** Creates {@code folder} (and missing parents) owner-only, or tightens an existing one. */
    static void ensureOwnerOnlyFolder(Path folder) throws IOException {
        ensureOwnerOnlyFolder(folder, SYSTEM);
    }

    static void ensureOwnerOnlyFolder(Path folder, Views views) throws IOException {
        if (Files.isDirectory(folder)) {
            restrictToOwner(folder, views);
            return;
        }
        Path parent = folder.toAbsolutePath().getParent();
        if (parent != null && !Files.exists(parent)) {
            ensureOwnerOnlyFolder(parent, views);
        }
        try {
            if (isPosix(parent, views)) {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_FOLDER));
            } else {
                Files.createDirectory(folder);
            }
        } catch (FileAlreadyExistsException raced) {
            // created meanwhile by someone else: tighten it below like an existing one
        }
        restrictToOwner(folder, views);
    }

    /** Sets owner-only access on an existing file or folder. */
    static void restrictToOwner(Path path) throws IOException {
        restrictToOwner(path, SYSTEM);
    }

    static void restrictToOwner(Path path, Views views) throws IOException {
        PosixFileAttributeView posix = views.posix(path);
        if (posix != null) {
            posix.setPermissions(Files.isDirectory(path) ? OWNER_FOLDER : OWNER_FILE);
            return;
        }
        AclFileAttributeView acl = views.acl(path);
        if (acl != null) {
            WindowsOwnerOnly windows = views.windows();
            windows.restrict(path, acl);
            if (!windows.isOwnerOnly(path, acl)) {
                throw new IOException("Windows kept other people's access to " + path);
            }
        }
    }

    /** True when {@code path} is owner-only (always true where the file system cannot tell). */
    static boolean isOwnerOnly(Path path) throws IOException {
        return isOwnerOnly(path, SYSTEM);
    }

    static boolean isOwnerOnly(Path path, Views views) throws IOException {
        PosixFileAttributeView posix = views.posix(path);
        if (posix != null) {
            Set<PosixFilePermission> actual = posix.readAttributes().permissions();
            return (Files.isDirectory(path) ? OWNER_FOLDER : OWNER_FILE).containsAll(actual);
        }
        AclFileAttributeView acl = views.acl(path);
        if (acl != null) {
            return views.windows().isOwnerOnly(path, acl);
        }
        return true;
    }

    /** The ACL view where the drive keeps ACLs (NTFS); null on FAT and exFAT drives, which have no owner. */
    private static AclFileAttributeView aclView(Path path) throws IOException {
        AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class);
        return acl != null && Files.getFileStore(path).supportsFileAttributeView(AclFileAttributeView.class) ? acl : null;
    }

    private static boolean isPosix(Path folder, Views views) {
        Path probe = folder == null ? Path.of("").toAbsolutePath() : folder;
        return views.posix(probe) != null;
    }
}
