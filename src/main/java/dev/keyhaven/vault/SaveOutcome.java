package dev.keyhaven.vault;

import java.util.List;

/**
 * The saved record and what the user should hear about it, e.g. that the same API key is already
 * stored under another label (OKX advice: one key per bot).
 *
 * @param duplicateOf labels of other records that hold the same API key
 */
public record SaveOutcome(KeyRecord record, List<String> duplicateOf) {

    public SaveOutcome {
        duplicateOf = List.copyOf(duplicateOf);
    }

    public boolean hasWarnings() {
        return !duplicateOf.isEmpty();
    }

    /** The warnings as sentences for people. */
    public List<String> warnings() {
        return duplicateOf.stream()
                .map(other -> "This API key is also stored as \"" + other
                        + "\". OKX advises one key per bot: create a separate key for each.")
                .toList();
    }
}
