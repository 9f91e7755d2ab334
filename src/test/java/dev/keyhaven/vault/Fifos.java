package dev.keyhaven.vault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

/** Named pipes for the tests that put one where Keyhaven or SQLite reads: opening one waits for a writer, forever. */
final class Fifos {

    private Fifos() {
    }

    /** Makes a fifo at {@code at} with mkfifo; false where there is none (the test then skips). */
    static boolean made(Path at) {
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", at.toString()).redirectErrorStream(true).start();
            return mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0 && Files.exists(at);
        } catch (Exception notThere) {
            return false;
        }
    }

    /**
     * Lets go of a reader stuck in {@code fifo} (as one is without the guard under test), so that the test fails
     * rather than hangs. Never creates a file there.
     */
    static void releaseAnyReader(Path fifo) {
        Thread writer = new Thread(() -> {
            try (var out = Files.newOutputStream(fifo, StandardOpenOption.WRITE)) {
                out.flush();
            } catch (Exception ignored) {
                // nobody was reading
            }
        }, "fifo-writer");
        writer.setDaemon(true);
        writer.start();
    }
}
