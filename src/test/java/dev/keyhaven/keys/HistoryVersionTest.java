package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.vault.HistoryEntry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Of two reads of a key's history, the one that saw a newer entry, or more entries at the same time, is newer. */
class HistoryVersionTest {

    private static final Instant T = Instant.parse("2026-12-04T08:00:00Z");

    @Test
    void aReadThatSawANewerEntryIsNewer() {
        HistoryVersion before = HistoryVersion.of(List.of(KeyStatus.credentialsChanged(T)));
        HistoryVersion after = HistoryVersion.of(List.of(KeyStatus.credentialsChanged(T.plusSeconds(60)),
                KeyStatus.credentialsChanged(T)));
        assertThat(after).isEqualTo(new HistoryVersion(T.plusSeconds(60), 2));
        assertThat(before.olderThan(after)).isTrue();
        assertThat(after.olderThan(before)).isFalse();
    }

    @Test
    void atTheSameTimeMoreEntriesAreNewerAndTheSameReadIsNotOlder() {
        HistoryVersion one = new HistoryVersion(T, 1);
        HistoryVersion two = new HistoryVersion(T, 2);
        assertThat(one.olderThan(two)).isTrue();
        assertThat(two.olderThan(one)).isFalse();
        assertThat(two.olderThan(new HistoryVersion(T, 2))).as("a tie: the later read counts").isFalse();
    }

    @Test
    void noHistoryIsOlderThanAnyRead() {
        List<HistoryEntry> none = List.of();
        assertThat(HistoryVersion.of(none)).isEqualTo(HistoryVersion.NONE);
        assertThat(HistoryVersion.NONE.olderThan(new HistoryVersion(T, 1))).isTrue();
        assertThat(new HistoryVersion(T, 1).olderThan(HistoryVersion.NONE)).isFalse();
        assertThat(HistoryVersion.NONE.olderThan(HistoryVersion.NONE)).isFalse();
    }
}
