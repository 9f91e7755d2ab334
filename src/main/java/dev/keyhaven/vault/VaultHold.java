package dev.keyhaven.vault;

import java.nio.file.Path;

/**
 * How an unlocked {@link Vault} holds its file: the writer's lock (the one opener that may change it), or
 * the readers' lock of a {@linkplain Vault#openShared shared} opener, under which no restore or format
 * update runs.
 */
final class VaultHold implements AutoCloseable {

    private final Path file;
    /** Null when opened shared. */
    private VaultLock writer;
    private VaultLock reader;

    VaultHold(Path file, VaultLock writer) {
        this.file = file;
        this.writer = writer;
    }

    boolean isWriter() {
        return writer != null;
    }

    /** From a full opening to a shared one: the readers' lock first, so that nothing can come in between. */
    void letOthersChangeIt() throws VaultException {
        reader = VaultLock.reader(file);
        writer.close();
        writer = null;
    }

    void holdReaderLock(VaultLock held) {
        reader = held;
    }

    /** SHARED_CANNOT_CHANGE unless this opener holds the writer's lock. */
    void ensureWriter() throws VaultException {
        if (!isWriter()) {
            throw Problems.sharedCannotChange(file);
        }
    }

    @Override
    public void close() {
        if (writer != null) {
            writer.close();
        }
        if (reader != null) {
            reader.close();
        }
    }
}
