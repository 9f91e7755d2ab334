package dev.keyhaven.vault;

import java.util.List;
import java.util.stream.Stream;

/**
 * The saved record and what the user should hear about it, e.g. that the same API key is already
 * stored under another label (OKX advice: one key per bot), or belonged to a key a rotation replaced.
 *
 * @param duplicateOf labels of other records that hold the same API key
 * @param notes       sentences about archived keys that held the same API key ({@link ArchivedApiKey})
 */
public record SaveOutcome(KeyRecord record, List<String> duplicateOf, List<String> notes) {

    public SaveOutcome {
        duplicateOf = List.copyOf(duplicateOf);
        notes = List.copyOf(notes);
    }

    public SaveOutcome(KeyRecord record, List<String> duplicateOf) {
        this(record, duplicateOf, List.of());
    }

    public boolean hasWarnings() {
        return !duplicateOf.isEmpty() || !notes.isEmpty();
    }

    /** The warnings as sentences for people. */
    public List<String> warnings() {
        return Stream.concat(duplicateOf.stream()
                .map(other -> "This API key is also stored as \"" + other
                        + "\". OKX advises one key per bot: create a separate key for each."), notes.stream())
                .toList();
    }
}
