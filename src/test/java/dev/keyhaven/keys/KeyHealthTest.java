package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Permissions;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.HistoryEntry.Kind;
import dev.keyhaven.vault.HistoryEntry.Outcome;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyHealthTest {

    private static HistoryEntry entry(long second, Kind kind, Outcome outcome) {
        return new HistoryEntry(Instant.ofEpochSecond(second), kind, outcome, "", false, null, null, null, null, null);
    }

    @Test
    void aKeyWithoutChecksWasNeverChecked() {
        assertThat(KeyHealth.of(List.of())).isEqualTo(KeyHealth.NEVER_CHECKED);
        assertThat(KeyHealth.of(List.of(entry(5, Kind.CHANGE, Outcome.INFO), entry(6, Kind.HANDOUT, Outcome.OK))))
                .isEqualTo(KeyHealth.NEVER_CHECKED);
    }

    @Test
    void theNewestCheckDecidesWhateverTheOrder() {
        assertThat(KeyHealth.of(List.of(entry(30, Kind.CHECK, Outcome.OK), entry(10, Kind.CHECK, Outcome.FAILED))))
                .isEqualTo(KeyHealth.VERIFIED);
        assertThat(KeyHealth.of(List.of(entry(10, Kind.CHECK, Outcome.OK), entry(30, Kind.CHECK, Outcome.FAILED))))
                .isEqualTo(KeyHealth.FAILING);
        assertThat(KeyHealth.of(List.of(entry(10, Kind.CHECK, Outcome.OK), entry(20, Kind.CHECK, Outcome.WARNING),
                entry(40, Kind.KEEP_ALIVE, Outcome.FAILED)))).isEqualTo(KeyHealth.WARNINGS);
    }

    @Test
    void withdrawSeenByOkxOutranksEverythingEvenAfterAFailedCheck() {
        HistoryEntry sawWithdraw = new HistoryEntry(Instant.ofEpochSecond(10), Kind.CHECK, Outcome.FAILED, "", true,
                new Permissions(true, true, true), List.of(), "1", List.of("WITHDRAW_ENABLED"), null);
        HistoryEntry couldNotAsk = entry(20, Kind.CHECK, Outcome.FAILED);
        HistoryEntry sawItOff = new HistoryEntry(Instant.ofEpochSecond(30), Kind.CHECK, Outcome.OK, "", true,
                new Permissions(true, true, false), List.of(), "1", List.of(), null);

        assertThat(KeyHealth.of(List.of(sawWithdraw))).isEqualTo(KeyHealth.WITHDRAW_ENABLED);
        assertThat(KeyHealth.of(List.of(couldNotAsk, sawWithdraw))).isEqualTo(KeyHealth.WITHDRAW_ENABLED);
        assertThat(KeyHealth.of(List.of(sawItOff, couldNotAsk, sawWithdraw))).isEqualTo(KeyHealth.VERIFIED);
    }
}
