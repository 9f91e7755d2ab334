package dev.keyhaven.vault;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A verified copy of the vault.
 *
 * @param id     a short id for people and the command line, e.g. {@code 20261123-174500}
 * @param reason why it was made: "password change", "migration", "daily", "manual", "before restore"
 */
public record Backup(String id, Path file, Instant createdAt, String reason, long sizeBytes) {

    /** Its size in the one unit every face shows, e.g. "28 KB" or "3 MB" (1 KB = 1024 bytes). */
    public String size() {
        return sizeBytes < 1024 * 1024 ? Math.max(1, sizeBytes / 1024) + " KB" : sizeBytes / (1024 * 1024) + " MB";
    }
}
