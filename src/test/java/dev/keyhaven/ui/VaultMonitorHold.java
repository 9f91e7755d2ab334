package dev.keyhaven.ui;

import dev.keyhaven.vault.Vault;
import java.util.concurrent.CountDownLatch;

/**
 * Holds a vault's monitor from another thread until closed, as a daily backup or a Check-all write does while it
 * runs: every synchronized use of the vault waits meanwhile. The constructor returns once the monitor is held.
 */
final class VaultMonitorHold implements AutoCloseable {

    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    VaultMonitorHold(Vault vault) throws InterruptedException {
        Thread holder = new Thread(() -> {
            synchronized (vault) {
                held.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "holds-the-vault");
        holder.setDaemon(true);
        holder.start();
        held.await();
    }

    @Override
    public void close() {
        release.countDown();
    }
}
