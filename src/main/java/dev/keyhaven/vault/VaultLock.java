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
    /** Null for a shared reader: its handle holds the readers' byte for all of this process's readers. */
    private final FileLock lock;
    private final boolean sharedReader;
    private boolean closed;

    private VaultLock(Path lockFile, FileLock lock, boolean sharedReader) {
        this.lockFile = lockFile;
        this.lock = lock;
        this.sharedReader = sharedReader;
    }

    static Path lockFileOf(Path vaultFile) {
        return vaultFile.resolveSibling(vaultFile.getFileName() + ".lock");
    }

    /** The writer's byte, at once or IN_USE; never waits. */
    static VaultLock writer(Path vaultFile) throws VaultException {
        return take(vaultFile, WRITER_BYTE, false, Problems.inUse(vaultFile));
    }

    /** The readers' byte, shared: fails with BUSY only while a restore or a format update runs. */
    static VaultLock reader(Path vaultFile) throws VaultException {
        return take(vaultFile, READERS_BYTE, true, Problems.beingReplaced(vaultFile));
    }

    /** The readers' byte, exclusively: fails with BUSY while anyone reads the vault beside its writer. */
    static VaultLock noReaders(Path vaultFile) throws VaultException {
        return take(vaultFile, READERS_BYTE, false, Problems.readersPresent(vaultFile));
    }

    private static VaultLock take(Path vaultFile, long position, boolean shared, VaultException refusal)
            throws VaultException {
        Path lockFile = lockFileOf(realFileOf(vaultFile)).toAbsolutePath().normalize();
        synchronized (HANDLES) {
            Handle handle = open(vaultFile, lockFile);
            try {
                if (shared && handle.readers != null) {
                    // The byte is the process's, not the opener's: the first reader to close must not drop it
                    // under the others, and an exclusive hold here (a restore) refuses readers as anywhere.
                    if (!handle.readers.isShared()) {
                        release(lockFile);
                        throw refusal;
                    }
                    handle.readerUsers++;
                    return new VaultLock(lockFile, null, true);
                }
                FileLock lock = handle.channel.tryLock(position, 1, shared);
                if (lock == null) {
                    release(lockFile);
                    throw refusal;
                }
                if (shared) {
                    handle.readers = lock;
                    handle.readerUsers = 1;
                    return new VaultLock(lockFile, null, true);
                }
                if (position == READERS_BYTE) {
                    handle.readers = lock;
                }
                return new VaultLock(lockFile, lock, false);
            } catch (OverlappingFileLockException heldInThisProcess) {
                release(lockFile);
                throw refusal;
            } catch (IOException e) {
                release(lockFile);
                throw Problems.io("lock the vault file", vaultFile, e);
            }
        }
    }

    /** The file itself, not a link to it: every path to one vault must lock the same sidecar file. */
    private static Path realFileOf(Path vaultFile) {
        try {
            return vaultFile.toRealPath();
        } catch (IOException notThereYet) {
            return vaultFile;
        }
    }

    /** This process's handle of {@code lockFile}, opened (and the file created) on first use. */
    private static Handle open(Path vaultFile, Path lockFile) throws VaultException {
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
        return handle;
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
            Handle handle = HANDLES.get(lockFile);
            if (sharedReader && handle != null && --handle.readerUsers == 0) {
                releaseQuietly(handle.readers);
                handle.readers = null;
            }
            if (lock != null && handle != null && handle.readers == lock) {
                handle.readers = null;
            }
            if (lock != null) {
                releaseQuietly(lock);
            }
            release(lockFile);
        }
    }

    private static void releaseQuietly(FileLock lock) {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the handle with its last user releases it as well
        }
    }

    private static final class Handle {
        private final FileChannel channel;
        private int users;
        /** This process's lock on the readers' byte (shared for its readers, or exclusive), if it holds one. */
        private FileLock readers;
        private int readerUsers;

        Handle(FileChannel channel) {
            this.channel = channel;
        }
    }
}
