package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generation memory's file: what it keeps, what it skips, and that it never loses what it holds
 * because of one line it cannot read or a write that fails.
 */
class GenerationMemoryGuardTest {

    private static final byte[] VAULT = {1, 2, 3, 4};
    private static final byte[] OTHER = {9, 9};

    @TempDir
    Path folder;

    @Test
    void aRememberedGenerationAndFingerprintAreReadBack() {
        GenerationMemory memory = new GenerationMemory(folder);
        memory.remember(VAULT, 7, "abc");
        memory.remember(OTHER, 2, null);
        assertThat(new GenerationMemory(folder).lastSeen(VAULT)).contains(new GenerationMemory.Seen(7, "abc"));
        assertThat(new GenerationMemory(folder).lastSeen(OTHER)).as("no fingerprint is kept as none")
                .contains(new GenerationMemory.Seen(2, ""));
        assertThat(memory.lastSeen(new byte[] {5})).isEmpty();
    }

    @Test
    void theSameGenerationAgainLeavesTheFileAlone() throws Exception {
        GenerationMemory memory = new GenerationMemory(folder);
        memory.remember(VAULT, 7, "abc");
        Path file = folder.resolve(GenerationMemory.FILE_NAME);
        Files.writeString(file, Files.readString(file) + "# a line only a rewrite would drop\n");
        memory.remember(VAULT, 7, "abc");
        assertThat(Files.readString(file)).contains("a line only a rewrite would drop");
        memory.remember(VAULT, 8, "abc");
        assertThat(Files.readString(file)).doesNotContain("a line only a rewrite would drop");
        assertThat(memory.lastSeen(VAULT)).contains(new GenerationMemory.Seen(8, "abc"));
    }

    @Test
    void linesItCannotReadAreSkippedNotFatal() throws Exception {
        String id = HexFormat.of().formatHex(VAULT);
        Files.writeString(folder.resolve(GenerationMemory.FILE_NAME), String.join("\n",
                "# header",
                "a line without an equals sign",
                "0a0b=not-a-number:xyz",
                "0c0d=12",
                id + "=5:fingerprint:with:colons",
                ""), StandardCharsets.UTF_8);
        GenerationMemory memory = new GenerationMemory(folder);
        assertThat(memory.lastSeen(VAULT)).contains(new GenerationMemory.Seen(5, "fingerprint:with:colons"));
        assertThat(memory.lastSeen(new byte[] {0x0c, 0x0d})).as("no fingerprint part")
                .contains(new GenerationMemory.Seen(12, ""));
        assertThat(memory.lastSeen(new byte[] {0x0a, 0x0b})).isEmpty();
    }

    @Test
    @Tag("mutation-redundant")
    void aFileThatIsNotRegularIsAnEmptyMemory() throws Exception {
        Files.createDirectory(folder.resolve(GenerationMemory.FILE_NAME));
        GenerationMemory memory = new GenerationMemory(folder);
        assertThat(memory.lastSeen(VAULT)).isEmpty();
        memory.remember(VAULT, 3, "f");
        assertThat(memory.lastSeen(VAULT)).as("the write failed quietly").isEmpty();
        assertThat(folder.resolve("." + GenerationMemory.FILE_NAME + ".tmp")).as("and cleaned up").doesNotExist();
    }

    @Test
    void aFileThatIsNotTextIsAnEmptyMemoryKeptAsItIsUntilSetAsideThenWrittenAgain() throws Exception {
        byte[] garbage = {(byte) 0xFF, (byte) 0xFE, (byte) 0xC3, '\n'};
        Path file = folder.resolve(GenerationMemory.FILE_NAME);
        Files.write(file, garbage);
        GenerationMemory memory = new GenerationMemory(folder);
        assertThat(memory.lastSeen(VAULT)).isEmpty();
        memory.remember(VAULT, 6, "f");
        assertThat(Files.readAllBytes(file)).as("not written over").isEqualTo(garbage);

        Clock clock = Clock.fixed(Instant.parse("2026-12-04T08:15:30Z"), ZoneOffset.UTC);
        Path aside = folder.resolve("vault-generations.unreadable-20261204-081530.txt");
        assertThat(memory.setAsideIfUnreadable(clock)).contains(aside);
        assertThat(Files.readAllBytes(aside)).isEqualTo(garbage);
        assertThat(memory.setAsideIfUnreadable(clock)).as("nothing left to set aside").isEmpty();
        memory.remember(VAULT, 6, "f");
        assertThat(memory.lastSeen(VAULT)).contains(new GenerationMemory.Seen(6, "f"));
        assertThat(memory.setAsideIfUnreadable(clock)).as("what Keyhaven wrote reads").isEmpty();

        Files.write(file, garbage);
        assertThat(memory.setAsideIfUnreadable(clock)).as("a second one the same second")
                .contains(folder.resolve("vault-generations.unreadable-20261204-081530-2.txt"));
        assertThat(Files.readAllBytes(aside)).as("the first one stays").isEqualTo(garbage);
    }

    @Test
    void aFileOfLinesKeyhavenDoesNotWriteIsUnreadableAndOneItWroteIsNot() throws Exception {
        Clock clock = Clock.systemUTC();
        Path file = folder.resolve(GenerationMemory.FILE_NAME);
        GenerationMemory memory = new GenerationMemory(folder);
        memory.remember(VAULT, 7, "!ab12");
        memory.remember(OTHER, 3, "");
        Files.writeString(file, Files.readString(file) + "\n# a comment\n");
        assertThat(memory.setAsideIfUnreadable(clock)).isEmpty();
        for (String edited : List.of("0102=7:zz\n", "0102=x:ab\n", "0102=7\n", "no equals\n", "ABCD=1:\n")) {
            Files.writeString(file, "# The last generation Keyhaven saw of each vault: do not edit.\n" + edited);
            assertThat(memory.setAsideIfUnreadable(clock)).as(edited).isPresent();
            assertThat(file).doesNotExist();
        }
        Files.writeString(file, "01020304=7:ab\n");
        assertThat(memory.setAsideIfUnreadable(clock)).as("without its comment line first").isPresent();
    }

    @Test
    void aStaleTemporaryFileDoesNotStopTheWrite() throws Exception {
        Files.writeString(folder.resolve("." + GenerationMemory.FILE_NAME + ".tmp"), "left by a crash");
        GenerationMemory memory = new GenerationMemory(folder);
        memory.remember(VAULT, 4, "f");
        assertThat(memory.lastSeen(VAULT)).contains(new GenerationMemory.Seen(4, "f"));
    }

    @Test
    @Tag("mutation-redundant")
    void theMemoryIsKeptInAnOwnerOnlyFolderItCreates() throws Exception {
        Path config = folder.resolve("config").resolve("keyhaven");
        GenerationMemory memory = new GenerationMemory(config);
        memory.remember(VAULT, 1, "f");
        assertThat(memory.lastSeen(VAULT)).contains(new GenerationMemory.Seen(1, "f"));
        if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    config.resolve(GenerationMemory.FILE_NAME)))).isEqualTo("rw-------");
        }
    }
}
