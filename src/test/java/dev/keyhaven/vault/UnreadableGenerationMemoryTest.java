package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attack 23, F5: garbage over the generation memory hid a rolled-back vault, and the memory was then rewritten to the
 * rolled-back generation. Now the unreadable memory is said once, kept aside as it was, and nobody is locked out;
 * and an older copy written past the generation seen is told as such, not as "change 9 of 7".
 */
class UnreadableGenerationMemoryTest {

    private static final byte[] GARBAGE = {(byte) 0x9c, 0x00, 0x41, (byte) 0xff, '\n', 'z', 'z', '=', '?'};

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("vault").resolve("keys.khvault");
    }

    private Path config() {
        return folder.resolve("config");
    }

    private VaultOptions options() {
        return VaultOptions.forTests().withGenerationMemory(config());
    }

    /** A vault with two keys, copied, then "grid" removed: the copy is older. */
    private Path olderCopyAfterARemove() throws Exception {
        Path older = folder.resolve("older.khvault");
        try (Vault vault = Vault.create(file(), TestKeys.password(), options())) {
            vault.add(TestKeys.draft("grid"));
            vault.add(TestKeys.draft("tax"));
            Files.copy(file(), older);
            vault.delete(vault.keys().get(0).id());
        }
        return older;
    }

    private List<Path> keptAside() throws Exception {
        try (Stream<Path> files = Files.list(config())) {
            return files.filter(path -> path.getFileName().toString().startsWith("vault-generations.unreadable-")).toList();
        }
    }

    @Test
    void garbageOverTheMemoryIsSaidOnceAndKeptAsideNotOverwritten() throws Exception {
        Path older = olderCopyAfterARemove();
        Files.copy(older, file(), StandardCopyOption.REPLACE_EXISTING);
        Files.write(config().resolve(GenerationMemory.FILE_NAME), GARBAGE);

        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            assertThat(vault.keys()).as("nobody is locked out").hasSize(2);
            assertThat(vault.memoryUnreadableWarning()).hasValueSatisfying(warning -> assertThat(warning)
                    .startsWith("Keyhaven's memory of this vault's newest change could not be read, so it cannot tell"
                            + " whether this vault (" + file() + ") was rolled back to an older copy.")
                    .contains("The damaged memory is kept at " + config().resolve("vault-generations.unreadable-"))
                    .contains("restore your newest backup"));
        }
        assertThat(keptAside()).singleElement().satisfies(aside ->
                assertThat(Files.readAllBytes(aside)).as("the evidence, as it was").isEqualTo(GARBAGE));

        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            assertThat(vault.memoryUnreadableWarning()).as("said once").isEmpty();
        }
        assertThat(keptAside()).hasSize(1);
    }

    @Test
    void anEmptiedMemoryIsUnreadableTooAndAWholeOneIsNot() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), options())) {
            vault.add(TestKeys.draft("grid"));
        }
        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            assertThat(vault.memoryUnreadableWarning()).as("the memory Keyhaven wrote").isEmpty();
        }
        Files.write(config().resolve(GenerationMemory.FILE_NAME), new byte[0]);
        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            assertThat(vault.memoryUnreadableWarning()).isPresent();
        }
    }

    @Test
    void anOlderCopyWrittenPastTheGenerationSeenIsToldAsSuch() throws Exception {
        Path older = olderCopyAfterARemove();
        Files.copy(older, file(), StandardCopyOption.REPLACE_EXISTING);
        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            assertThat(vault.olderCopyWarning()).hasValueSatisfying(warning -> assertThat(warning)
                    .contains("(it is at change 3; Keyhaven last saw change 4)"));
            long id = vault.keys().get(0).id();
            for (int i = 0; i < 3; i++) {
                vault.recordHistory(id, VaultPasswordChangeTest.note("a write to the older copy " + i));
            }
        }
        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            assertThat(vault.olderCopyWarning()).hasValueSatisfying(warning -> assertThat(warning)
                    .contains("(Keyhaven had seen it at change 4 when an older copy took its place; that copy has been"
                            + " written to since, up to change 6, which does not make it the newer one)")
                    .doesNotContain("of 4"));
        }
    }
}
