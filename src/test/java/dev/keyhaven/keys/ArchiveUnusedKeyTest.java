package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.gateway.UsageHistory;
import dev.keyhaven.gateway.UsageLedger;
import dev.keyhaven.vault.KeyRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A key the trader no longer uses is archived without the leak story (walk24 #6): its archive says so, and a bot
 * using it through the gateway stops the archiving with the same sentence the deletion gives.
 */
class ArchiveUnusedKeyTest extends KeyLifecycleFixture {

    @Test
    void anUnusedKeyIsArchivedWithItsOwnReasonAndCanBeRestored() throws Exception {
        Optional<String> refused = lifecycle.archive(gridBot);

        assertThat(refused).isEmpty();
        KeyRecord archived = vault.key(gridBot).orElseThrow();
        assertThat(archived.archived()).isTrue();
        ArchiveReason reason = ArchiveReason.of(vault, archived);
        assertThat(reason.word()).isEqualTo("archived");
        assertThat(reason.sentence()).isEqualTo("Archived: no longer used. It still works on OKX until it is deleted"
                + " there.").doesNotContain("Revoked");

        lifecycle.restore(gridBot);
        assertThat(vault.key(gridBot).orElseThrow().archived()).isFalse();
    }

    @Test
    void aKeyABotUsesThroughTheGatewayIsNotArchived() throws Exception {
        List<String> warnings = new ArrayList<>();
        try (UsageHistory run = new UsageHistory(vault, gridBot, "bot.py", new UsageLedger(), CLOCK, warnings::add)) {
            run.start("Refused: withdrawals.");

            Optional<String> refused = lifecycle.archive(gridBot);

            assertThat(refused).hasValueSatisfying(sentence -> assertThat(sentence)
                    .startsWith("\"Grid bot\" was not archived. In use by a bot through Keyhaven's gateway since ")
                    .contains("Stop that bot first, then archive the key"));
            assertThat(vault.key(gridBot).orElseThrow().archived()).isFalse();
        }
        assertThat(lifecycle.archive(gridBot)).as("once the run has stopped").isEmpty();
    }
}
