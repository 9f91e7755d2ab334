package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.vault.HistoryEntry;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Restore dialog of a key OKX said it no longer knows: restored, it will not work (walk20 §5). */
class ArchiveReasonGoneTest {

    private static final Instant ASKED = Instant.parse("2026-12-03T13:58:00Z");

    private static HistoryEntry check(Instant at, boolean accepted, String... problems) {
        return new HistoryEntry(at, HistoryEntry.Kind.CHECK, accepted ? HistoryEntry.Outcome.OK
                : HistoryEntry.Outcome.FAILED, "", accepted, null, List.of(), null, List.of(problems), null);
    }

    @Test
    void aKeyOkxSaidItNoLongerKnowsIsSaidNotToWorkOnceRestored() {
        List<HistoryEntry> history = List.of(check(ASKED.minusSeconds(600), true),
                check(ASKED, false, ProblemId.AUTH_INVALID_KEY.name()));

        assertThat(ArchiveReason.goneOnOkx(history, ZoneOffset.UTC)).contains(
                "OKX said on 3 Dec 2026, 13:58 that it no longer knows this key: restored, it will not work.");
        assertThat(ArchiveReason.goneOnOkx(List.of(check(ASKED, false, ProblemId.KEY_NOT_FOUND.name())),
                ZoneOffset.UTC)).isPresent();
    }

    @Test
    void aKeyOkxAcceptedOrRefusedForAnotherReasonSinceSaysNothingOfTheKind() {
        assertThat(ArchiveReason.goneOnOkx(List.of(check(ASKED.minusSeconds(600), false,
                ProblemId.AUTH_INVALID_KEY.name()), check(ASKED, true)), ZoneOffset.UTC)).isEmpty();
        assertThat(ArchiveReason.goneOnOkx(List.of(check(ASKED, false, ProblemId.NETWORK.name())), ZoneOffset.UTC))
                .isEmpty();
        assertThat(ArchiveReason.goneOnOkx(List.of(), ZoneOffset.UTC)).isEmpty();
    }

    /** Walk 20b §5: only a passing note said it; the archive card says it for good. */
    @Test
    void aKeyOkxConfirmedDeletedSaysSoWithTheDate() {
        assertThat(ArchiveReason.confirmedGone(List.of(check(ASKED, false, ProblemId.KEY_NOT_FOUND.name())),
                ZoneOffset.UTC)).contains("OKX confirmed on 3 Dec 2026, 13:58 that it no longer accepts this key.");
        assertThat(ArchiveReason.confirmedGone(List.of(check(ASKED, true)), ZoneOffset.UTC)).isEmpty();
    }
}
