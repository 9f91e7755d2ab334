package dev.keyhaven.vault;

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
        new MemoryFile(file).write(text);
    }

    private Map<String, Seen> read() {
        Map<String, Seen> all = new TreeMap<>();
        for (String line : new MemoryFile(file).lines()) {
            int equals = line.indexOf('=');
            if (equals < 0) {
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
        return all;
    }
}
