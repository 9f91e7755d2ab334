package dev.keyhaven.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Permissions;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.HistoryEntry.Kind;
import dev.keyhaven.vault.HistoryEntry.Outcome;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyStatusTest {

    private static HistoryEntry entry(long second, Kind kind, Outcome outcome) {
        return new HistoryEntry(Instant.ofEpochSecond(second), kind, outcome, "", false, null, null, null, null, null);
    }

    @Test
    void aKeyWithoutChecksWasNeverChecked() {
        assertThat(KeyStatus.of(List.of())).isEqualTo(KeyStatus.NEVER_CHECKED);
        assertThat(KeyStatus.of(List.of(entry(5, Kind.CHANGE, Outcome.INFO), entry(6, Kind.HANDOUT, Outcome.OK))))
                .isEqualTo(KeyStatus.NEVER_CHECKED);
    }

    @Test
    void theNewestCheckDecidesWhateverTheOrder() {
        assertThat(KeyStatus.of(List.of(entry(30, Kind.CHECK, Outcome.OK), entry(10, Kind.CHECK, Outcome.FAILED))))
                .isEqualTo(KeyStatus.VERIFIED);
        assertThat(KeyStatus.of(List.of(entry(10, Kind.CHECK, Outcome.OK), entry(30, Kind.CHECK, Outcome.FAILED))))
                .isEqualTo(KeyStatus.FAILING);
        assertThat(KeyStatus.of(List.of(entry(10, Kind.CHECK, Outcome.OK), entry(20, Kind.CHECK, Outcome.WARNING),
                entry(40, Kind.KEEP_ALIVE, Outcome.FAILED)))).isEqualTo(KeyStatus.WARNINGS);
    }

    @Test
    void withdrawSeenByOkxOutranksEverythingEvenAfterAFailedCheck() {
        HistoryEntry sawWithdraw = new HistoryEntry(Instant.ofEpochSecond(10), Kind.CHECK, Outcome.FAILED, "", true,
                new Permissions(true, true, true), List.of(), "1", List.of("WITHDRAW_ENABLED"), null);
        HistoryEntry couldNotAsk = entry(20, Kind.CHECK, Outcome.FAILED);
        HistoryEntry sawItOff = new HistoryEntry(Instant.ofEpochSecond(30), Kind.CHECK, Outcome.OK, "", true,
                new Permissions(true, true, false), List.of(), "1", List.of(), null);

        assertThat(KeyStatus.of(List.of(sawWithdraw))).isEqualTo(KeyStatus.WITHDRAW_ENABLED);
        assertThat(KeyStatus.of(List.of(couldNotAsk, sawWithdraw))).isEqualTo(KeyStatus.WITHDRAW_ENABLED);
        assertThat(KeyStatus.of(List.of(sawItOff, couldNotAsk, sawWithdraw))).isEqualTo(KeyStatus.VERIFIED);
    }

    @Test
    void everyStatusHasAWordSoColourIsNeverTheOnlySign() {
        for (KeyStatus status : KeyStatus.values()) {
            assertThat(status.text()).isNotBlank();
        }
    }
}
