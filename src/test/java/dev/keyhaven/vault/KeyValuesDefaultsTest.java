package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The vault's value records fill what a caller left out (no notes, no summary, no checklist) so that
 * no screen or JSON document meets a null, a blank base URL means the region's own, and a draft's
 * text names the key without its credentials.
 */
class KeyValuesDefaultsTest {

    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    @Test
    void aDraftWithoutNotesHasEmptyNotes() {
        KeyDraft draft = new KeyDraft("grid", Purpose.TRADING, Environment.LIVE, Region.EEA, null, null, 90, null);
        assertThat(draft.notes()).isEmpty();
    }

    @Test
    void aDraftsTextNamesTheKeyAndHidesItsCredentials() {
        KeyDraft withCredentials = TestKeys.draft("grid bot", "s3cr3t");
        assertThat(withCredentials.toString())
                .contains("label=grid bot", "purpose=" + Purpose.TRADING, "region=EEA", "credentials=hidden")
                .doesNotContain("s3cr3t");
        KeyDraft withoutCredentials = withCredentials.withCredentials(null);
        assertThat(withoutCredentials.toString()).contains("label=grid bot", "credentials=unchanged")
                .doesNotContain("hidden");
    }

    @Test
    void aRecordWithoutNotesHasEmptyNotes() {
        assertThat(record(null, null).notes()).isEmpty();
    }

    @Test
    void aBlankBaseUrlMeansTheRegionsOwn() {
        KeyRecord blank = record("   ", "n");
        assertThat(blank.customBaseUrl()).isEmpty();
        assertThat(blank.effectiveBaseUrl()).isEqualTo(Region.EEA.restBaseUrl());
        KeyRecord custom = record("https://eea.okx.com:8443", "n");
        assertThat(custom.customBaseUrl()).contains("https://eea.okx.com:8443");
        assertThat(custom.effectiveBaseUrl()).isEqualTo("https://eea.okx.com:8443");
    }

    @Test
    void metadataWithoutAChecklistHasAnEmptyOne() {
        KeyMetadata metadata = new KeyMetadata("grid", Purpose.TRADING, Environment.LIVE, Region.EEA, null, "", 90,
                null, null, null);
        assertThat(metadata.checklistDone()).isEmpty();
        assertThat(metadata.toRecord(1, NOW, NOW).checklistDone()).isEmpty();
    }

    @Test
    void aHistoryEntryWithoutSummaryOrListsHasEmptyOnes() {
        HistoryEntry entry = new HistoryEntry(NOW, HistoryEntry.Kind.CHECK, HistoryEntry.Outcome.OK, null, false,
                null, null, null, null, null);
        assertThat(entry.summary()).isEmpty();
        assertThat(entry.ips()).isEmpty();
        assertThat(entry.problemIds()).isEmpty();
    }

    private static KeyRecord record(String baseUrl, String notes) {
        return new KeyRecord(1, "grid", Purpose.TRADING, Environment.LIVE, Region.EEA, baseUrl, notes, NOW, NOW, 90,
                Set.of(), null, null);
    }
}
