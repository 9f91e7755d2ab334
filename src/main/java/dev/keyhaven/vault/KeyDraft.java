package dev.keyhaven.vault;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import java.util.Objects;

/**
 * What a form or a command submits to add or edit a key.
 *
 * @param credentials the three values; on an edit, null keeps the stored ones. The vault copies
 *                    them: the caller still owns (and wipes) these.
 * @param baseUrl     a custom REST base URL, or null for the region's host
 */
public record KeyDraft(
        String label,
        Purpose purpose,
        Environment environment,
        Region region,
        String baseUrl,
        String notes,
        int rotationDays,
        Credentials credentials) {

    public KeyDraft {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(region, "region");
        notes = notes == null ? "" : notes;
    }

    /** A draft that edits {@code existing}'s metadata and keeps its credentials. */
    public static KeyDraft of(KeyRecord existing) {
        return new KeyDraft(existing.label(), existing.purpose(), existing.environment(), existing.region(),
                existing.baseUrl(), existing.notes(), existing.rotationDays(), null);
    }

    public KeyDraft withCredentials(Credentials newCredentials) {
        return new KeyDraft(label, purpose, environment, region, baseUrl, notes, rotationDays, newCredentials);
    }

    @Override
    public String toString() {
        return "KeyDraft[label=" + label + ", purpose=" + purpose + ", environment=" + environment
                + ", region=" + region + ", credentials=" + (credentials == null ? "unchanged" : "hidden") + "]";
    }
}
