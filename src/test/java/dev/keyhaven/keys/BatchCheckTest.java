package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.OkxClient;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.VaultException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Check all on a real vault file against the local fake OKX: every key, a few at a time, within the limits. */
class BatchCheckTest extends BatchCheckFixture {

    /** One quick retry only, so that a pacing fault shows as refusals instead of hiding in waits. */
    @Override
    OkxClient newClient() {
        return OkxClient.builder().rateLimitWaits(Duration.ofMillis(10)).build();
    }

    /** Seven keys of one account: account/config allows that account 5 requests per 2 s. */
    private List<KeyRecord> keysOfOneAccount() throws VaultException {
        List<KeyRecord> keys = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            keys.add(storeOfOneAccount("bot" + i));
        }
        return keys;
    }

    private static final class Recorder implements BatchCheck.Listener {
        final Map<Long, CheckResult> results = new ConcurrentHashMap<>();
        final List<Long> skipped = new CopyOnWriteArrayList<>();
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();

        @Override
        public void started(KeyRecord key) {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
        }

        @Override
        public void finished(KeyRecord key, CheckResult result) {
            running.decrementAndGet();
            results.put(key.id(), result);
        }

        @Override
        public void failed(KeyRecord key, VaultException problem) {
            running.decrementAndGet();
        }

        @Override
        public void skipped(KeyRecord key) {
            skipped.add(key.id());
        }
    }

    /**
     * The default pacing against the fake's real rate window, without waiting: each pause lets the time pass in
     * the fake's rate limits instead of sleeping (2.4 s of sleeping per run, which PIT repeats for every mutant).
     */
    @Test
    void keysOfOneAccountAreSpacedSoOkxNeverRefusesThem() throws Exception {
        List<KeyRecord> keys = keysOfOneAccount();
        Recorder recorder = new Recorder();
        BatchCheck.Pause pauseInTheFake = millis -> okx.letTimePass(Duration.ofMillis(millis));

        new BatchCheck(new KeyService(checker), BatchCheck.DEFAULT_PARALLELISM, BatchCheck.SAME_ACCOUNT_SPACING,
                pauseInTheFake).run(vault, keys, recorder);

        assertThat(recorder.results).hasSize(7);
        assertThat(recorder.results.values()).allMatch(CheckResult::ok);
        assertThat(okx.rateLimitRejections()).isZero();
        assertThat(recorder.mostAtOnce.get()).isEqualTo(1);
        for (KeyRecord key : keys) {
            assertThat(vault.history(key.id())).as("each check is recorded").hasSize(2);
        }
    }

    /** The desktop app builds its OKX client this way, on the checks' thread, never on the JavaFX thread. */
    @Test
    void aServiceGivenAsSupplierIsAskedForOnTheThreadThatRunsTheChecks() throws Exception {
        List<KeyRecord> keys = List.of(storeOfOneAccount("bot"));
        List<String> askedOn = new CopyOnWriteArrayList<>();
        BatchCheck batch = new BatchCheck(() -> {
            askedOn.add(Thread.currentThread().getName());
            return new KeyService(checker);
        });
        assertThat(askedOn).as("not when the batch is made").isEmpty();
        Recorder recorder = new Recorder();

        Thread checks = new Thread(() -> {
            try {
                batch.run(vault, keys, recorder);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "the-checks");
        checks.start();
        checks.join(30_000);

        assertThat(askedOn).containsExactly("the-checks");
        assertThat(recorder.results.values()).singleElement().matches(CheckResult::ok);
    }

    @Test
    void withoutTheSpacingTheSameKeysBreakOkxsLimit() throws Exception {
        List<KeyRecord> keys = keysOfOneAccount();

        new BatchCheck(new KeyService(checker), 4, Duration.ZERO).run(vault, keys, new Recorder());

        assertThat(okx.rateLimitRejections()).as("the fake enforces the limit the spacing avoids").isPositive();
    }

    @Test
    void keysOfDifferentAccountsRunSideBySideUpToTheBound() throws Exception {
        okx.latency(Duration.ofMillis(150));
        List<KeyRecord> keys = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            keys.add(store("acct" + i, okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1")), null));
        }
        Recorder recorder = new Recorder();

        new BatchCheck(new KeyService(checker), 3, BatchCheck.SAME_ACCOUNT_SPACING).run(vault, keys, recorder);

        assertThat(recorder.results).hasSize(10);
        assertThat(recorder.mostAtOnce.get()).isEqualTo(3);
        assertThat(okx.rateLimitRejections()).isZero();
    }

    @Test
    void cancellingSkipsTheKeysNotYetStarted() throws Exception {
        List<KeyRecord> keys = keysOfOneAccount();
        Recorder recorder = new Recorder();
        BatchCheck batch = new BatchCheck(new KeyService(checker));
        BatchCheck.Listener cancelAfterFirst = new BatchCheck.Listener() {
            @Override
            public void started(KeyRecord key) {
                recorder.started(key);
            }

            @Override
            public void finished(KeyRecord key, CheckResult result) {
                recorder.finished(key, result);
                batch.cancel();
            }

            @Override
            public void failed(KeyRecord key, VaultException problem) {
                recorder.failed(key, problem);
            }

            @Override
            public void skipped(KeyRecord key) {
                recorder.skipped(key);
            }
        };

        batch.run(vault, keys, cancelAfterFirst);

        assertThat(recorder.results).hasSize(1);
        assertThat(recorder.skipped).hasSize(6);
    }

    /** Stop cancels the requests under way (walk 23: "Stopping…" waited for OKX, whose late answers were recorded). */
    @Test
    void cancellingStopsTheChecksUnderWayAndRecordsNothingForThem() throws Exception {
        okx.latency(Duration.ofSeconds(30));
        List<KeyRecord> keys = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            keys.add(store("slow" + i, okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1")), null));
        }
        Recorder recorder = new Recorder();
        BatchCheck batch = new BatchCheck(new KeyService(checker), 2, BatchCheck.SAME_ACCOUNT_SPACING);
        Thread running = new Thread(() -> {
            try {
                batch.run(vault, keys, recorder);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        running.start();
        while (recorder.mostAtOnce.get() < 2) {
            Thread.sleep(10);
        }
        Thread.sleep(200);

        batch.cancel();
        running.join(Duration.ofSeconds(20).toMillis());

        assertThat(running.isAlive()).as("the batch ended long before OKX's 30 s answer").isFalse();
        assertThat(batch.isCancelled()).isTrue();
        assertThat(recorder.results).isEmpty();
        assertThat(recorder.skipped).hasSize(2);
        for (KeyRecord key : keys) {
            assertThat(vault.history(key.id())).as("nothing recorded for %s", key.label())
                    .noneMatch(entry -> entry.kind() == dev.keyhaven.vault.HistoryEntry.Kind.CHECK);
        }
    }
}
