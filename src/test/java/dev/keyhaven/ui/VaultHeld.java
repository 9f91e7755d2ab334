package dev.keyhaven.ui;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds a vault's lock on a thread of its own until closed (or {@code atMost} passed), so every vault read a
 * test starts meanwhile waits: "slow" is as slow as the test wants.
 */
final class VaultHeld implements AutoCloseable {

    private final CountDownLatch release = new CountDownLatch(1);
    private final Thread holder;

    VaultHeld(Object vault, Duration atMost) throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        holder = new Thread(() -> {
            synchronized (vault) {
                holding.countDown();
                try {
                    release.await(atMost.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "test-holds-the-vault");
        holder.start();
        if (!holding.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The vault's lock was not taken within 10 s");
        }
    }

    /** True until closed or timed out: the vault was held all along. */
    boolean stillHolding() {
        return holder.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        release.countDown();
        holder.join();
    }
}
