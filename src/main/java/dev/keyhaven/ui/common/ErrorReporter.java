package dev.keyhaven.ui.common;

import dev.keyhaven.vault.OwnerOnlyFiles;
import dev.keyhaven.vault.VaultException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import javafx.application.Platform;

/**
 * Turns failures into sentences for the user and a line in {@code keyhaven.log}. Logged records carry
 * the exception's type and stack; Keyhaven never puts a secret into an exception message, so neither
 * reaches the log.
 */
public final class ErrorReporter {

    static final String LOG_FILE = "keyhaven.log";
    /** The file being written: with more than one file, FileHandler numbers them, the newest ".0". */
    static final String CURRENT_LOG_FILE = LOG_FILE + ".0";
    private static final Logger LOG = Logger.getLogger("dev.keyhaven");
    private static Path logDirectory;
    private static boolean fileAttached;

    private final Dialogs dialogs;

    public ErrorReporter(Path configDirectory, Dialogs dialogs) {
        this.dialogs = dialogs;
        setLogDirectory(configDirectory);
    }

    private static synchronized void setLogDirectory(Path directory) {
        logDirectory = directory;
    }

    /** Catches what nothing else caught, on every thread, and tells the user in one sentence. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> report(error));
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> report(error));
        }
    }

    /** Logs {@code error} and shows its sentence. */
    public void report(Throwable error) {
        log(error);
        Runnable show = () -> dialogs.showError("Something went wrong", sentenceFor(error));
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
    }

    /** The sentence a trader reads for {@code error}, with the next step. */
    public static String sentenceFor(Throwable error) {
        if (error instanceof VaultException vaultError && vaultError.getMessage() != null) {
            return vaultError.getMessage();
        }
        if (error instanceof IOException || error instanceof UncheckedIOException) {
            return "Keyhaven could not read or write a file. Check that the disk has space and try again.";
        }
        return "Keyhaven ran into an unexpected problem and stopped that action. Your vault is safe."
                + " Try again; if it keeps happening, send the file " + CURRENT_LOG_FILE + " from "
                + currentLogDirectory() + " to support.";
    }

    /** Writes {@code error} to the log file (created on first use, so a clean run writes nothing). */
    public static void log(Throwable error) {
        attachFile();
        LOG.log(Level.WARNING, "Unhandled " + error.getClass().getName(), error);
    }

    private static synchronized Path currentLogDirectory() {
        return logDirectory;
    }

    private static synchronized void attachFile() {
        if (fileAttached || logDirectory == null) {
            return;
        }
        try {
            LOG.addHandler(openLogFile(logDirectory));
            fileAttached = true;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot open the log file in " + logDirectory, e);
        }
    }

    /**
     * The log's handler, in an owner-only folder (so files rotated in later are private too) and with its
     * files made owner-only.
     */
    static FileHandler openLogFile(Path directory) throws IOException {
        OwnerOnlyFiles.ensureFolder(directory);
        FileHandler handler = new FileHandler(directory.resolve(LOG_FILE).toString(), 1_000_000, 2, true);
        handler.setFormatter(new SimpleFormatter());
        try (DirectoryStream<Path> logFiles = Files.newDirectoryStream(directory, LOG_FILE + "*")) {
            for (Path logFile : logFiles) {
                OwnerOnlyFiles.restrict(logFile);
            }
        }
        return handler;
    }
}
