package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.vault.HistoryEntry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Only a check marked as sent elsewhere, and readable, is taken for one: nothing else in a history is. */
class SentElsewhereMarkTest {

    private static final Instant AT = Instant.parse("2026-03-19T08:00:00Z");

    private static HistoryEntry entry(HistoryEntry.Kind kind, String detailJson) {
        return new HistoryEntry(AT, kind, HistoryEntry.Outcome.OK, "Works.", true, null, List.of(), null, List.of(),
                detailJson);
    }

    @Test
    void aCheckMarkedSentElsewhereIsOne() {
        assertThat(CheckForKey.sentElsewhere(entry(HistoryEntry.Kind.CHECK, "{\"sentElsewhere\":true}"))).isTrue();
    }

    @Test
    void aMarkSetToFalseAnotherKindOfEntryOrNoDetailIsNot() {
        assertThat(CheckForKey.sentElsewhere(entry(HistoryEntry.Kind.CHECK, "{\"sentElsewhere\":false}"))).isFalse();
        assertThat(CheckForKey.sentElsewhere(entry(HistoryEntry.Kind.CHANGE, "{\"sentElsewhere\":true}"))).isFalse();
        assertThat(CheckForKey.sentElsewhere(entry(HistoryEntry.Kind.CHECK, null))).isFalse();
        assertThat(CheckForKey.sentElsewhere(entry(HistoryEntry.Kind.CHECK, "{\"ok\":true}"))).isFalse();
    }

    @Test
    void anUnreadableDetailThatMentionsTheMarkIsNotOne() {
        assertThat(CheckForKey.sentElsewhere(entry(HistoryEntry.Kind.CHECK, "{\"sentElsewhere\":tru"))).isFalse();
    }
}
