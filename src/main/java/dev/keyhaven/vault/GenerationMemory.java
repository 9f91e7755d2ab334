package dev.keyhaven.vault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The last generation Keyhaven saw of each vault (by vault id), kept outside the vault file, in
 * {@value #FILE_NAME} in the folder given (beside the app's settings). A vault file that comes back
 * with a lower generation is an older copy of itself. A memory that cannot be read or written is
 * treated as empty: it warns, it never locks anyone out.
 */
public final class GenerationMemory {

    static final String FILE_NAME = "vault-generations.txt";

    private final Path file;

    public GenerationMemory(Path directory) {
        this.file = directory.resolve(FILE_NAME);
    }

    /** The generation last seen and the fingerprint of its seal (empty when unknown). */
    record Seen(long generation, String fingerprint) {
    }

    synchronized Optional<Seen> lastSeen(byte[] vaultId) {
        return Optional.ofNullable(read().get(HexFormat.of().formatHex(vaultId)));
    }

    /** Remembers {@code generation} as the last one seen of the vault; gives up quietly if it cannot. */
    synchronized void remember(byte[] vaultId, long generation, String fingerprint) {
        Map<String, Seen> all = read();
        String id = HexFormat.of().formatHex(vaultId);
        Seen seen = new Seen(generation, fingerprint == null ? "" : fingerprint);
        if (seen.equals(all.get(id))) {
            return;
        }
        all.put(id, seen);
        StringBuilder text = new StringBuilder("# The last generation Keyhaven saw of each vault: do not edit.\n");
        all.forEach((vault, last) -> text.append(vault).append('=').append(last.generation()).append(':')
                .append(last.fingerprint()).append('\n'));
        Path temporary = file.resolveSibling("." + FILE_NAME + ".tmp");
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

    private Map<String, Seen> read() {
        Map<String, Seen> all = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return all;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int equals = line.indexOf('=');
                if (line.startsWith("#") || equals < 0) {
                    continue;
                }
                String[] value = line.substring(equals + 1).strip().split(":", 2);
                try {
                    all.put(line.substring(0, equals).strip(),
                            new Seen(Long.parseLong(value[0]), value.length > 1 ? value[1] : ""));
                } catch (NumberFormatException notOurs) {
                    // a line someone else wrote: skip it
                }
            }
        } catch (IOException | RuntimeException e) {
            return new TreeMap<>();
        }
        return all;
    }
}
