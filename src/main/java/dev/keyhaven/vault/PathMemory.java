package dev.keyhaven.vault;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which vault Keyhaven last opened at each path, and the highest format it saw it in, kept outside the
 * vault in {@value #FILE_NAME} beside the {@link GenerationMemory}: another vault copied over the path,
 * or the same vault set back to an older format, is told at unlock. Treated as empty when unreadable.
 */
final class PathMemory {

    static final String FILE_NAME = "vault-paths.txt";

    private final MemoryFile file;

    PathMemory(Path directory) {
        this.file = new MemoryFile(directory.resolve(FILE_NAME));
    }

    /** The vault last opened at a path (its id in hex) and the highest format it had there. */
    record Seen(String vaultId, int highestFormat) {

        boolean isVault(byte[] id) {
            return vaultId.equals(HexFormat.of().formatHex(id));
        }
    }

    synchronized Optional<Seen> lastAt(Path vaultFile) {
        return Optional.ofNullable(read().get(key(vaultFile)));
    }

    /** Remembers the vault {@code vaultId} at {@code vaultFile}, at {@code format}; quietly gives up if it cannot. */
    synchronized void remember(Path vaultFile, byte[] vaultId, int format) {
        String path = key(vaultFile);
        if (path.contains("\n") || path.contains("\r")) {
            return;
        }
        Map<String, Seen> all = read();
        Seen seen = new Seen(HexFormat.of().formatHex(vaultId), format);
        if (seen.equals(all.get(path))) {
            return;
        }
        all.put(path, seen);
        StringBuilder text = new StringBuilder("# The vault Keyhaven last opened at each path: do not edit.\n");
        all.forEach((where, last) -> text.append(last.vaultId()).append(' ').append(last.highestFormat()).append(' ')
                .append(where).append('\n'));
        file.write(text);
    }

    private Map<String, Seen> read() {
        Map<String, Seen> all = new TreeMap<>();
        for (String line : file.lines()) {
            String[] parts = line.split(" ", 3);
            if (parts.length < 3) {
                continue;
            }
            try {
                all.put(parts[2], new Seen(parts[0], Integer.parseInt(parts[1])));
            } catch (NumberFormatException notOurs) {
                // a line someone else wrote: skip it
            }
        }
        return all;
    }

    private static String key(Path vaultFile) {
        return vaultFile.toAbsolutePath().normalize().toString();
    }
}
