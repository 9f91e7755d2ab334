package dev.keyhaven.vault;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Who may do what with a vault, between Keyhaven processes (and vault objects in one process), as
 * locks on two bytes of a sidecar file {@code <vault>.lock}:
 * <ul>
 * <li>the writer's byte, held exclusively by the one opener that may change the vault;</li>
 * <li>the readers' byte, held shared by every opener beside it (a command while the app is unlocked),
 *     and exclusively by whatever replaces or reshapes the whole file (a restore, a format update), so
 *     that never happens under a reader.</li>
 * </ul>
 * The operating system releases the locks when the process dies, so a crash never leaves the vault
 * locked. The empty sidecar file stays: deleting it would let two processes lock two different files.
 *
 * <p>One process opens the sidecar file once, however many locks it takes: on POSIX systems closing
 * any handle of a file drops every lock the process holds on it, so a second handle closed after a
 * refused attempt would silently release the first handle's lock.
 */
final class VaultLock implements AutoCloseable {

    private static final long WRITER_BYTE = 0;
    private static final long READERS_BYTE = 1;
    /** The one open handle of each sidecar file in this process, and how many locks use it. */
    private static final Map<Path, Handle> HANDLES = new HashMap<>();

    private final Path lockFile;
    /** Null when another opener in this process already holds the readers' byte shared. */
    private final FileLock lock;
    private boolean closed;

    private VaultLock(Path lockFile, FileLock lock) {
        this.lockFile = lockFile;
        this.lock = lock;
    }

    static Path lockFileOf(Path vaultFile) {
        return vaultFile.resolveSibling(vaultFile.getFileName() + ".lock");
    }

    /** The writer's byte, at once or IN_USE; never waits. */
    static VaultLock writer(Path vaultFile) throws VaultException {
        return take(vaultFile, WRITER_BYTE, false, Problems.inUse(vaultFile));
    }

    /** The readers' byte, shared: fails with IN_USE only while a restore or a format update runs. */
    static VaultLock reader(Path vaultFile) throws VaultException {
        return take(vaultFile, READERS_BYTE, true, Problems.beingReplaced(vaultFile));
    }

    /** The readers' byte, exclusively: fails with IN_USE while anyone reads the vault beside its writer. */
    static VaultLock noReaders(Path vaultFile) throws VaultException {
        return take(vaultFile, READERS_BYTE, false, Problems.readersPresent(vaultFile));
    }

    private static VaultLock take(Path vaultFile, long position, boolean shared, VaultException refusal)
            throws VaultException {
        Path lockFile = lockFileOf(vaultFile).toAbsolutePath().normalize();
        synchronized (HANDLES) {
            FileChannel channel = open(vaultFile, lockFile);
            try {
                FileLock lock = channel.tryLock(position, 1, shared);
                if (lock == null) {
                    release(lockFile);
                    throw refusal;
                }
                return new VaultLock(lockFile, lock);
            } catch (OverlappingFileLockException heldInThisProcess) {
                if (shared) {
                    // Another reader in this process holds the byte shared already, which covers this one too.
                    return new VaultLock(lockFile, null);
                }
                release(lockFile);
                throw refusal;
            } catch (IOException e) {
                release(lockFile);
                throw Problems.io("lock the vault file", vaultFile, e);
            }
        }
    }

    /** This process's handle of {@code lockFile}, opened (and the file created) on first use. */
    private static FileChannel open(Path vaultFile, Path lockFile) throws VaultException {
        Handle handle = HANDLES.get(lockFile);
        if (handle == null) {
            try {
                if (!Files.exists(lockFile)) {
                    try {
                        FilePermissions.createOwnerOnlyFile(lockFile);
                    } catch (java.nio.file.FileAlreadyExistsException raced) {
                        // another process created it first: fine, we only need it to exist
                    }
                }
                handle = new Handle(FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE));
            } catch (IOException e) {
                throw Problems.io("lock the vault file", vaultFile, e);
            }
            HANDLES.put(lockFile, handle);
        }
        handle.users++;
        return handle.channel;
    }

    private static void release(Path lockFile) {
        Handle handle = HANDLES.get(lockFile);
        if (handle != null && --handle.users == 0) {
            HANDLES.remove(lockFile);
            try {
                handle.channel.close();
            } catch (IOException ignored) {
                // the locks went with the channel's last user; nothing more to release
            }
        }
    }

    @Override
    public void close() {
        synchronized (HANDLES) {
            if (closed) {
                return;
            }
            closed = true;
            if (lock != null) {
                try {
                    lock.release();
                } catch (IOException ignored) {
                    // closing the handle with its last user releases it as well
                }
            }
            release(lockFile);
        }
    }

    private static final class Handle {
        private final FileChannel channel;
        private int users;

        Handle(FileChannel channel) {
            this.channel = channel;
        }
    }
}
