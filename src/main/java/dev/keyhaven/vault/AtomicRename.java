package dev.keyhaven.vault;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;

/**
 * Renames a finished file into place in one step. On Windows a file that another program holds open
 * (an antivirus scan of a file just written, a backup or sync tool, the search indexer) cannot be replaced
 * or renamed for a moment, where POSIX systems would succeed: the rename is tried again a few times with a
 * short pause, and when the file stays busy the caller gets {@link FileInUseException}. Either the rename
 * happened or nothing changed: there is no half-state to clean up.
 */
final class AtomicRename {

    static final int ATTEMPTS = 12;
    static final Duration PAUSE = Duration.ofMillis(150);

    @FunctionalInterface
    interface Move {
        void move(Path from, Path to) throws IOException;
    }

    @FunctionalInterface
    interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    private static final AtomicRename THIS_SYSTEM = new AtomicRename(
            System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows"),
            pause -> Thread.sleep(pause.toMillis()));

    private final boolean retryWhenBusy;
    private final Pause pause;

    AtomicRename(boolean retryWhenBusy, Pause pause) {
        this.retryWhenBusy = retryWhenBusy;
        this.pause = pause;
    }

    /** Renames {@code from} over {@code to}, replacing it. */
    static void replace(Path from, Path to) throws IOException {
        THIS_SYSTEM.run(from, to, (source, target) ->
                Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING));
    }

    /** Renames {@code from} to a new name {@code to} (whether an existing {@code to} is replaced depends on the system). */
    static void rename(Path from, Path to) throws IOException {
        THIS_SYSTEM.run(from, to, (source, target) -> Files.move(source, target, StandardCopyOption.ATOMIC_MOVE));
    }

    void run(Path from, Path to, Move move) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                move.move(from, to);
                return;
            } catch (IOException e) {
                if (!retryWhenBusy || !isBusy(e)) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    throw new FileInUseException(to, e);
                }
            }
            try {
                pause.sleep(PAUSE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FileInUseException(to, null);
            }
        }
    }

    /**
     * Windows reports a file held open by another program as access denied (ERROR_ACCESS_DENIED, also for a
     * file being deleted) or as a sharing violation, which Java gives as a plain FileSystemException. Its
     * subclasses (no such file, already exists, atomic move not supported...) are not worth a second try.
     */
    static boolean isBusy(IOException e) {
        return e instanceof AccessDeniedException || e.getClass() == FileSystemException.class;
    }

    /** The file stayed open in another program for all attempts; nothing was renamed. */
    static final class FileInUseException extends FileSystemException {
        private static final long serialVersionUID = 1L;

        FileInUseException(Path file, IOException last) {
            super(file.toString(), null, "another program kept the file open");
            if (last != null) {
                initCause(last);
            }
        }
    }
}
