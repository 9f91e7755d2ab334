package dev.keyhaven.vault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small text file of what Keyhaven remembers outside the vault (beside the app's settings): written
 * owner-only through a temporary file and an atomic rename; one that cannot be read reads as empty and
 * one that cannot be written is left as it was, so that a memory never locks anyone out.
 */
final class MemoryFile {

    private final Path file;

    MemoryFile(Path file) {
        this.file = file;
    }

    /** The lines that are not comments; none when the file is missing or unreadable. */
    List<String> lines() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.startsWith("#")).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Replaces the file by {@code text}; gives up quietly if it cannot. */
    void write(CharSequence text) {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
        try {
            FilePermissions.ensureOwnerOnlyFolder(file.getParent());
            Files.deleteIfExists(temporary);
            FilePermissions.createOwnerOnlyFile(temporary);
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            AtomicRename.replace(temporary, file);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the next write replaces it
            }
        }
    }
}
