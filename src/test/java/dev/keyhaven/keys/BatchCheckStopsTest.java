package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.VaultException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How a check of all keys stops: a pause cut short, a key gone from the vault, a bound of nothing at a time. */
class BatchCheckStopsTest extends BatchCheckFixture {

    private KeyService service;

    @BeforeEach
    void makeService() {
        service = new KeyService(checker);
    }

    /** What the listener heard, by key id: "finished", "failed" or "skipped" (with "interrupted" when it was). */
    private static final class Heard implements BatchCheck.Listener {
        final Map<Long, String> outcomes = new ConcurrentHashMap<>();

        @Override
        public void started(KeyRecord key) {
        }

        @Override
        public void finished(KeyRecord key, CheckResult result) {
            outcomes.put(key.id(), "finished");
        }

        @Override
        public void failed(KeyRecord key, VaultException problem) {
            outcomes.put(key.id(), "failed");
        }

        @Override
        public void skipped(KeyRecord key) {
            outcomes.put(key.id(), Thread.currentThread().isInterrupted() ? "skipped, interrupted" : "skipped");
        }
    }

    @Test
    void aPauseCutShortSkipsTheRestOfTheAccountAndKeepsTheInterrupt() throws Exception {
        KeyRecord first = storeOfOneAccount("bot1");
        KeyRecord second = storeOfOneAccount("bot2");
        BatchCheck batch = new BatchCheck(service, 4, Duration.ofSeconds(2), millis -> {
            throw new InterruptedException();
        });
        assertThat(batch.isCancelled()).isFalse();
        Heard heard = new Heard();

        batch.run(vault, List.of(first, second), heard);

        assertThat(heard.outcomes).containsEntry(first.id(), "finished")
                .containsEntry(second.id(), "skipped, interrupted");
        assertThat(batch.isCancelled()).isTrue();
    }

    @Test
    void aKeyGoneFromTheVaultIsToldAsFailedAndTheOthersAreStillChecked() throws Exception {
        KeyRecord kept = storeOfOneAccount("bot1");
        KeyRecord gone = new KeyRecord(999, "deleted bot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL,
                okx.baseUrl(), "", Instant.now(), Instant.now(), 0, Set.of(), null, null);
        Heard heard = new Heard();

        new BatchCheck(service).run(vault, List.of(gone, kept), okx.baseUrl(), heard);

        assertThat(heard.outcomes).containsEntry(gone.id(), "failed").containsEntry(kept.id(), "finished");
        assertThat(vault.history(kept.id())).as("its own address: a check of the key, not one sent elsewhere")
                .filteredOn(entry -> entry.kind() == HistoryEntry.Kind.CHECK).hasSize(2)
                .noneMatch(CheckForKey::sentElsewhere);
    }

    @Test
    void oneCheckAtATimeIsTheLeast() {
        assertThat(new BatchCheck(service, 1, Duration.ZERO).isCancelled()).isFalse();
        assertThatThrownBy(() -> new BatchCheck(service, 0, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("At least one check");
    }
}
