package dev.keyhaven.vault;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The fingerprint of the header (the part that holds the password protection) Keyhaven last saw at each
 * vault path, kept in {@value #FILE_NAME} beside the {@link PathMemory}. A password that does not open a
 * header other than the remembered one may be the right password for a header edited outside Keyhaven.
 * Treated as empty when unreadable.
 */
final class HeaderMemory {

    static final String FILE_NAME = "vault-headers.txt";

    private final MemoryFile file;

    HeaderMemory(Path directory) {
        this.file = new MemoryFile(directory.resolve(FILE_NAME));
    }

    /** The fingerprint of the header last seen at {@code vaultFile}, if any. */
    synchronized Optional<String> lastAt(Path vaultFile) {
        return Optional.ofNullable(read().get(key(vaultFile)));
    }

    /** Remembers {@code header} (as stored) at {@code vaultFile}; quietly gives up if it cannot. */
    synchronized void remember(Path vaultFile, byte[] header) {
        String path = key(vaultFile);
        if (path.contains("\n") || path.contains("\r")) {
            return;
        }
        Map<String, String> all = read();
        String fingerprint = fingerprint(header);
        if (fingerprint.equals(all.get(path))) {
            return;
        }
        all.put(path, fingerprint);
        StringBuilder text = new StringBuilder("# The vault header Keyhaven last saw at each path: do not edit.\n");
        all.forEach((where, seen) -> text.append(seen).append(' ').append(where).append('\n'));
        file.write(text);
    }

    static String fingerprint(byte[] header) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(header));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private Map<String, String> read() {
        Map<String, String> all = new TreeMap<>();
        for (String line : file.lines()) {
            String[] parts = line.split(" ", 2);
            if (parts.length == 2) {
                all.put(parts[1], parts[0]);
            }
        }
        return all;
    }

    private static String key(Path vaultFile) {
        return vaultFile.toAbsolutePath().normalize().toString();
    }
}
