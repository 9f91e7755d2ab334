package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The path memory's file: what it keeps per path, what it skips, and that it fails quietly. */
class PathMemoryGuardTest {

    private static final byte[] VAULT = {1, 2, 3, 4};
    private static final byte[] OTHER = {9, 9};

    @TempDir
    Path folder;

    @Test
    void theVaultAndFormatRememberedAtAPathAreReadBack() {
        PathMemory memory = new PathMemory(folder);
        Path here = folder.resolve("my keys").resolve("vault with spaces.keyhaven");
        memory.remember(here, VAULT, 3);
        memory.remember(folder.resolve("b.keyhaven"), OTHER, 1);

        PathMemory again = new PathMemory(folder);
        assertThat(again.lastAt(here)).contains(new PathMemory.Seen("01020304", 3));
        assertThat(again.lastAt(folder.resolve("my keys").resolve("..").resolve("my keys")
                .resolve("vault with spaces.keyhaven"))).as("the same path written otherwise").isPresent();
        assertThat(again.lastAt(here).orElseThrow().isVault(VAULT)).isTrue();
        assertThat(again.lastAt(here).orElseThrow().isVault(OTHER)).isFalse();
        assertThat(again.lastAt(folder.resolve("b.keyhaven"))).contains(new PathMemory.Seen("0909", 1));
        assertThat(again.lastAt(folder.resolve("c.keyhaven"))).isEmpty();
    }

    @Test
    void theSameVaultAndFormatAgainLeavesTheFileAlone() throws Exception {
        PathMemory memory = new PathMemory(folder);
        Path here = folder.resolve("a.keyhaven");
        memory.remember(here, VAULT, 3);
        Path file = folder.resolve(PathMemory.FILE_NAME);
        Files.writeString(file, Files.readString(file) + "# a line only a rewrite would drop\n");
        memory.remember(here, VAULT, 3);
        assertThat(Files.readString(file)).contains("a line only a rewrite would drop");
        memory.remember(here, OTHER, 3);
        assertThat(Files.readString(file)).doesNotContain("a line only a rewrite would drop");
        assertThat(memory.lastAt(here)).contains(new PathMemory.Seen("0909", 3));
    }

    @Test
    void linesItCannotReadAreSkippedNotFatal() throws Exception {
        Path here = folder.resolve("a.keyhaven").toAbsolutePath();
        Files.writeString(folder.resolve(PathMemory.FILE_NAME), String.join("\n",
                "# header",
                "0102 no-number " + folder.resolve("x.keyhaven").toAbsolutePath(),
                "0102 2",
                "# 3 " + folder.resolve("commented.keyhaven").toAbsolutePath(),
                "01020304 3 " + here,
                ""), StandardCharsets.UTF_8);
        PathMemory memory = new PathMemory(folder);
        assertThat(memory.lastAt(here)).contains(new PathMemory.Seen("01020304", 3));
        assertThat(memory.lastAt(folder.resolve("x.keyhaven"))).isEmpty();
        assertThat(memory.lastAt(folder.resolve("commented.keyhaven"))).as("a comment").isEmpty();
    }

    @Test
    void aPathWithALineBreakIsNotRemembered() {
        PathMemory memory = new PathMemory(folder);
        Path odd = folder.resolve("two\nlines.keyhaven");
        memory.remember(odd, VAULT, 3);
        assertThat(memory.lastAt(odd)).isEmpty();
        assertThat(folder.resolve(PathMemory.FILE_NAME)).doesNotExist();
        Path carriage = folder.resolve("two\rlines.keyhaven");
        memory.remember(carriage, VAULT, 3);
        assertThat(folder.resolve(PathMemory.FILE_NAME)).doesNotExist();
    }

    @Test
    void aFileThatIsNotRegularIsAnEmptyMemoryAndTheWriteFailsQuietly() throws Exception {
        Files.createDirectory(folder.resolve(PathMemory.FILE_NAME));
        PathMemory memory = new PathMemory(folder);
        Path here = folder.resolve("a.keyhaven");
        assertThat(memory.lastAt(here)).isEmpty();
        memory.remember(here, VAULT, 3);
        assertThat(memory.lastAt(here)).isEmpty();
        assertThat(folder.resolve("." + PathMemory.FILE_NAME + ".tmp")).as("cleaned up").doesNotExist();
    }

    @Test
    void theMemoryIsOwnerOnly() throws Exception {
        Path config = folder.resolve("config");
        new PathMemory(config).remember(folder.resolve("a.keyhaven"), VAULT, 3);
        if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config.resolve(PathMemory.FILE_NAME))))
                    .isEqualTo("rw-------");
        }
    }
}
