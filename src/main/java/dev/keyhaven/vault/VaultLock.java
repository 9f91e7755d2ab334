package dev.keyhaven.vault;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps other Keyhaven processes (and other vault objects in this one) from writing the same vault:
 * an exclusive lock on a sidecar file {@code <vault>.lock}. The operating system releases it when the
 * process dies, so a crash never leaves the vault locked. The empty sidecar file stays: deleting it
 * would let two processes lock two different files of the same name.
 */
final class VaultLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private VaultLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileOf(Path vaultFile) {
        return vaultFile.resolveSibling(vaultFile.getFileName() + ".lock");
    }

    /** Takes the lock at once or fails with IN_USE; never waits. */
    static VaultLock acquire(Path vaultFile) throws VaultException {
        Path lockFile = lockFileOf(vaultFile);
        FileChannel channel = null;
        try {
            if (!Files.exists(lockFile)) {
                try {
                    FilePermissions.createOwnerOnlyFile(lockFile);
                } catch (java.nio.file.FileAlreadyExistsException raced) {
                    // another process created it first: fine, we only need it to exist
                }
            }
            channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw Problems.inUse(vaultFile);
            }
            return new VaultLock(channel, lock);
        } catch (OverlappingFileLockException alreadyOpenHere) {
            closeQuietly(channel);
            throw Problems.inUse(vaultFile);
        } catch (IOException e) {
            closeQuietly(channel);
            throw Problems.io("lock the vault file", vaultFile, e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it as well
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }
}
