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

    @Test
    void theListMarkFollowsTheCoreRule() {
        HistoryEntry sawWithdraw = new HistoryEntry(Instant.ofEpochSecond(10), Kind.CHECK, Outcome.FAILED, "", true,
                new Permissions(true, true, true), List.of(), "1", List.of("WITHDRAW_ENABLED"), null);
        HistoryEntry failed = new HistoryEntry(Instant.ofEpochSecond(20), Kind.CHECK, Outcome.FAILED, "", false, null,
                null, null, null, null);

        assertThat(KeyStatus.of(List.of())).isEqualTo(KeyStatus.NEVER_CHECKED);
        assertThat(KeyStatus.of(List.of(failed))).isEqualTo(KeyStatus.FAILING);
        assertThat(KeyStatus.of(List.of(failed, sawWithdraw))).isEqualTo(KeyStatus.WITHDRAW_ENABLED);
    }

    @Test
    void everyStatusHasAWordSoColourIsNeverTheOnlySign() {
        for (KeyStatus status : KeyStatus.values()) {
            assertThat(status.text()).isNotBlank();
        }
    }
}
