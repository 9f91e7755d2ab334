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
}
