package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeaderMemoryTest {

    @TempDir
    Path folder;

    @Test
    void eachPathKeepsItsOwnHeaderAndAPathWithSpacesReadsBack() {
        HeaderMemory memory = new HeaderMemory(folder);
        Path first = folder.resolve("my keys.khvault");
        Path second = folder.resolve("other.khvault");

        memory.remember(first, new byte[] {1});
        memory.remember(second, new byte[] {2});

        assertThat(new HeaderMemory(folder).lastAt(first)).contains(HeaderMemory.fingerprint(new byte[] {1}));
        assertThat(new HeaderMemory(folder).lastAt(second)).contains(HeaderMemory.fingerprint(new byte[] {2}));
        assertThat(memory.lastAt(folder.resolve("never.khvault"))).isEmpty();
    }

    @Test
    void aPathWithALineBreakIsNotRememberedAndBreaksNoOtherLine() throws Exception {
        HeaderMemory memory = new HeaderMemory(folder);
        Path odd = folder.resolve("odd\nname.khvault");
        Path carriage = folder.resolve("odd\rname.khvault");

        memory.remember(odd, new byte[] {1});
        memory.remember(carriage, new byte[] {1});

        assertThat(memory.lastAt(odd)).isEmpty();
        assertThat(Files.exists(folder.resolve(HeaderMemory.FILE_NAME))).isFalse();
    }

    @Test
    @Tag("mutation-redundant")
    void aLineSomeoneElseWroteIsSkipped() throws Exception {
        Files.writeString(folder.resolve(HeaderMemory.FILE_NAME), "not-a-line\n", StandardCharsets.UTF_8);

        assertThat(new HeaderMemory(folder).lastAt(folder.resolve("not-a-line"))).isEmpty();
    }
}
