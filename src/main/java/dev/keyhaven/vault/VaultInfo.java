package dev.keyhaven.vault;

import java.nio.file.Path;
import java.util.List;

/** What {@code keyhaven info} and the settings screen show about a vault. */
public record VaultInfo(
        Path path,
        int formatVersion,
        String kdfAlgorithm,
        KdfParameters kdf,
        int keyCount,
        int archivedKeyCount,
        List<Backup> backups) {

    public VaultInfo {
        backups = List.copyOf(backups);
    }
}
