package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.guide.VerifiedFacts;
import dev.keyhaven.okx.Permissions;
import dev.keyhaven.vault.HistoryEntry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnownPermissionsTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Permissions WITHDRAW = Permissions.parse("read_only,trade,withdraw");
    private static final Permissions TRADE = Permissions.parse("read_only,trade");

    private static HistoryEntry check(int minutes, Permissions permissions, HistoryEntry.Outcome outcome) {
        return new HistoryEntry(T0.plusSeconds(60L * minutes), HistoryEntry.Kind.CHECK, outcome, "check", permissions != null,
                permissions, List.of("203.0.113.7"), permissions == null ? null : "42", List.of(), null);
    }

    private static HistoryEntry handout(int minutes) {
        return new HistoryEntry(T0.plusSeconds(60L * minutes), HistoryEntry.Kind.HANDOUT, HistoryEntry.Outcome.INFO,
                "Handed to sh.", false, null, List.of(), null, List.of(), null);
    }

    @Test
    void aNeverCheckedKeyKnowsNothing() {
        KnownPermissions known = KnownPermissions.of(List.of(handout(1)));

        assertThat(known.neverChecked()).isTrue();
        assertThat(known.unknown()).isTrue();
        assertThat(known.withdrawEnabled()).isFalse();
        assertThat(known.verifiedFacts()).isEqualTo(VerifiedFacts.savedOnly());
    }

    @Test
    void aFailedCheckThatNeverReachedOkxDoesNotHideWithdraw() {
        List<HistoryEntry> history = List.of(check(5, null, HistoryEntry.Outcome.FAILED), handout(3),
                check(1, WITHDRAW, HistoryEntry.Outcome.FAILED));

        KnownPermissions known = KnownPermissions.of(history);

        assertThat(known.withdrawEnabled()).isTrue();
        assertThat(known.knownAt()).contains(T0.plusSeconds(60));
        assertThat(known.newestCheck()).map(HistoryEntry::at).contains(T0.plusSeconds(300));
        assertThat(known.newestCheckFailed()).isTrue();
        assertThat(known.fromEarlierCheck()).isTrue();
    }

    @Test
    void onlyALaterCheckThatReadThePermissionsClearsWithdraw() {
        List<HistoryEntry> history = List.of(check(1, WITHDRAW, HistoryEntry.Outcome.FAILED),
                check(2, null, HistoryEntry.Outcome.FAILED), check(3, TRADE, HistoryEntry.Outcome.OK));

        KnownPermissions known = KnownPermissions.of(history);

        assertThat(known.withdrawEnabled()).isFalse();
        assertThat(known.permissions()).contains(TRADE);
        assertThat(known.fromEarlierCheck()).isFalse();
    }

    @Test
    void everyCheckFailingBeforeOkxAnsweredLeavesThePermissionsUnknown() {
        KnownPermissions known = KnownPermissions.of(List.of(check(1, null, HistoryEntry.Outcome.FAILED)));

        assertThat(known.neverChecked()).isFalse();
        assertThat(known.unknown()).isTrue();
        assertThat(known.permissions()).isEmpty();
    }

    @Test
    void theGuidesFactsAgreeWithThisAnswerForEveryHistory() {
        List<List<HistoryEntry>> histories = List.of(
                List.of(),
                List.of(handout(1)),
                List.of(check(1, WITHDRAW, HistoryEntry.Outcome.FAILED), check(2, null, HistoryEntry.Outcome.FAILED)),
                List.of(check(2, TRADE, HistoryEntry.Outcome.OK), check(1, WITHDRAW, HistoryEntry.Outcome.FAILED)),
                List.of(check(1, null, HistoryEntry.Outcome.FAILED)),
                List.of(handout(9), check(3, TRADE, HistoryEntry.Outcome.WARNING), check(4, null, HistoryEntry.Outcome.FAILED)));
        for (List<HistoryEntry> history : histories) {
            assertThat(VerifiedFacts.fromHistory(history)).as("%s", history)
                    .isEqualTo(KnownPermissions.of(history).verifiedFacts());
        }
    }
}
