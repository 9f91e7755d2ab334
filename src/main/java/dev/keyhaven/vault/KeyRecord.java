package dev.keyhaven.vault;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the vault knows about a key except its three credentials, decrypted. Credentials are
 * fetched on demand with {@link Vault#credentials(long)}.
 *
 * @param baseUrl       a custom REST base URL that overrides the region's host, or null
 * @param rotationDays  days after creation when rotation is due (0: the app's default)
 * @param checklistDone ids of the guide steps the user (or the app) has ticked
 * @param archivedAt    when the key was archived (replaced by rotation or revoked), or null
 * @param replacedById  the id of the key that replaced this one in a rotation, or null
 */
public record KeyRecord(
        long id,
        String label,
        Purpose purpose,
        Environment environment,
        Region region,
        String baseUrl,
        String notes,
        Instant createdAt,
        Instant updatedAt,
        int rotationDays,
        Set<String> checklistDone,
        Instant archivedAt,
        Long replacedById) {

    public KeyRecord {
        checklistDone = Set.copyOf(checklistDone);
        notes = notes == null ? "" : notes;
    }

    public boolean archived() {
        return archivedAt != null;
    }

    public Optional<String> customBaseUrl() {
        return Optional.ofNullable(baseUrl).filter(url -> !url.isBlank());
    }

    /** The REST base URL requests for this key go to. */
    public String effectiveBaseUrl() {
        return customBaseUrl().orElse(region.restBaseUrl());
    }
}
