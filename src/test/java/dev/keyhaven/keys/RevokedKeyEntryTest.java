package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A check of a revoked key is an alarm only when OKX accepted it. */
class RevokedKeyEntryTest {

    private static final Instant AT = Instant.parse("2026-03-19T08:00:00Z");

    @Test
    void aCheckOfARevokedKeyThatReachedNoOkxIsRecordedAsItEnded() {
        KeyRecord revoked = new KeyRecord(7, "Leaked bot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "",
                AT.minusSeconds(86_400), AT.minusSeconds(86_400), 0, Set.of(), AT.minusSeconds(60), null);
        CheckResult unreachable = new CheckResult(false, Environment.LIVE, "https://www.okx.com", null, null, null,
                null, List.of(), null, List.of(new Problem(ProblemId.NETWORK, Severity.ERROR, null, "No route.",
                        "Retry.")), AT);

        HistoryEntry entry = KeyService.historyEntry(revoked, "7ac8d1e2", unreachable);

        assertThat(entry.summary()).isEqualTo(KeyService.historyEntry(unreachable).summary())
                .doesNotStartWith(RevokeConfirmation.STILL_ACCEPTED);
        assertThat(entry.outcome()).isEqualTo(HistoryEntry.Outcome.FAILED);
    }
}
