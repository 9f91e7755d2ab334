package dev.keyhaven.vault;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.io.TempDir;

/** What the tests of one vault file share: its folder and path, a history entry, an older format. */
abstract class VaultFileFixture {

    static final Instant WHEN = Instant.parse("2026-11-23T10:00:00Z");

    @TempDir
    Path folder;

    Path file() {
        return folder.resolve("keys.khvault");
    }

    /** A history entry of {@code kind} at {@link #WHEN}, with no details. */
    static HistoryEntry entry(HistoryEntry.Kind kind, HistoryEntry.Outcome outcome, String summary, boolean byUser) {
        return new HistoryEntry(WHEN, kind, outcome, summary, byUser, null, null, null, null, null);
    }

    /** This version's schema cut back to the formats up to {@code version}, to write a file of an older format. */
    static Schema formerSchema(int version) {
        return new Schema(Schema.current().migrations().subList(0, version));
    }
}
