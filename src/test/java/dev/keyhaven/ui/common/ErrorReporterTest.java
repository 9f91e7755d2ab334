package dev.keyhaven.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.vault.OwnerOnlyFiles;
import dev.keyhaven.vault.VaultException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorReporterTest {

    @Test
    void aVaultProblemKeepsItsOwnSentence() {
        VaultException error = new VaultException(VaultException.Reason.IO,
                "Keyhaven could not write the vault. Check that the disk has free space, then try again.");
        assertThat(ErrorReporter.sentenceFor(error)).isEqualTo(error.getMessage());
    }

    @Test
    void anythingElseBecomesACalmSentenceWithoutTheRawMessage() {
        String sentence = ErrorReporter.sentenceFor(new IllegalStateException("index 7 out of bounds in Foo$Bar"));
        assertThat(sentence).contains("Your vault is safe").contains("keyhaven.log").doesNotContain("Foo$Bar")
                .doesNotContain("IllegalStateException");
        assertThat(ErrorReporter.sentenceFor(new IOException("EACCES /some/path")))
                .contains("could not read or write a file").doesNotContain("EACCES");
    }

    @Test
    void theLogAndItsFolderAreTheOwnersOnly(@TempDir Path config) throws Exception {
        Path folder = config.resolve("Keyhaven");
        Files.createDirectories(folder);
        loosen(folder);

        FileHandler handler = ErrorReporter.openLogFile(folder);
        try {
            handler.publish(new LogRecord(Level.WARNING, "a line"));
            handler.flush();
        } finally {
            handler.close();
        }

        assertThat(OwnerOnlyFiles.isOwnerOnly(folder)).isTrue();
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> logs = files.filter(file -> file.getFileName().toString().startsWith(ErrorReporter.LOG_FILE))
                    .toList();
            assertThat(logs).isNotEmpty();
            for (Path log : logs) {
                assertThat(OwnerOnlyFiles.isOwnerOnly(log)).as("%s", log.getFileName()).isTrue();
                if (isPosix(log)) {
                    assertThat(Files.getPosixFilePermissions(log)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
                }
            }
        }
    }

    @Test
    void theSentenceNamesTheFileTheLogIsWrittenTo(@TempDir Path config) throws Exception {
        FileHandler handler = ErrorReporter.openLogFile(config);
        try {
            handler.publish(new LogRecord(Level.WARNING, "a line"));
            handler.flush();
        } finally {
            handler.close();
        }
        String sentence = ErrorReporter.sentenceFor(new IllegalStateException("x"));
        String named = sentence.replaceAll(".*send the file (\\S+) from.*", "$1");
        assertThat(Files.size(config.resolve(named))).as("%s in %s", named, sentence).isPositive();
    }

    /** Readable by others: mode 0755 on POSIX; on Windows a new folder in the temporary folder inherits others' access. */
    static void loosen(Path folder) throws IOException {
        if (isPosix(folder)) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertThat(OwnerOnlyFiles.isOwnerOnly(folder)).as("the test starts from a folder others may read").isFalse();
    }

    static boolean isPosix(Path path) {
        return Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
    }
}
