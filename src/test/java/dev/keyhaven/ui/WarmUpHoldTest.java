package dev.keyhaven.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.vault.Vault;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The warm-up behind the unlock screen waits while an unlock holds it, and carries on once released. */
class WarmUpHoldTest {

    @Test
    void aHeldWarmUpStopsBetweenItsStepsUntilReleased() throws Exception {
        WarmUpHold hold = new WarmUpHold();
        hold.hold();
        AtomicInteger pauses = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(1);
        Thread warmUp = new Thread(() -> {
            try {
                Vault.warmUp(() -> {
                    pauses.incrementAndGet();
                    hold.awaitRelease();
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                done.countDown();
            }
        }, "warm-up-under-test");
        warmUp.setDaemon(true);
        warmUp.start();

        assertThat(done.await(3, TimeUnit.SECONDS)).as("held: the warm-up must not run to its end").isFalse();
        assertThat(pauses.get()).as("it stopped at its first step's end").isEqualTo(1);

        hold.release();

        assertThat(done.await(60, TimeUnit.SECONDS)).as("released: it finishes").isTrue();
        assertThat(pauses.get()).as("it offers to wait between all its steps").isGreaterThan(5);
    }

    @Test
    void anUnheldWarmUpNeverWaits() {
        WarmUpHold hold = new WarmUpHold();
        long started = System.nanoTime();

        for (int i = 0; i < 100; i++) {
            hold.awaitRelease();
        }

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started))
                .as("one 10 ms wait each would take a second").isLessThan(500);
    }
}
