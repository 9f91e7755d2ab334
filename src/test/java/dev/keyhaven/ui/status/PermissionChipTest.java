package dev.keyhaven.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Permissions;
import dev.keyhaven.vault.Purpose;
import org.junit.jupiter.api.Test;

/** The chips claim no more than the Problems list and the CLI advise (walk 21). */
class PermissionChipTest {

    @Test
    void aJournalKeyThatCanWithdrawIsNotAdvisedToUntickTrade() {
        assertThat(PermissionChip.of(Purpose.READ_ONLY, new Permissions(true, true, true)))
                .extracting(PermissionChip::text).containsExactly("Read: on", "Trade: on", "Withdraw: ON: dangerous");
    }

    @Test
    void aJournalKeyThatCanTradeOnlyIsStillToldTradeIsNotNeeded() {
        assertThat(PermissionChip.of(Purpose.READ_ONLY, new Permissions(true, true, false)))
                .extracting(PermissionChip::text).containsExactly("Read: on", "Trade: on, not needed", "Withdraw: off");
    }
}
