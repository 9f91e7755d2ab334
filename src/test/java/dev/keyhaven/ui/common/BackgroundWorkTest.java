package dev.keyhaven.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Results that arrive after a lock: the background runs at once, the UI thread is a queue run by hand. */
class BackgroundWorkTest {

    private final Deque<Runnable> uiQueue = new ArrayDeque<>();
    private final BackgroundWork work = new BackgroundWork(Runnable::run, uiQueue::add);
    private final List<Object> delivered = new ArrayList<>();

    private void runUiQueue() {
        while (!uiQueue.isEmpty()) {
            uiQueue.poll().run();
        }
    }

    @Test
    void aSecretDecryptedBeforeTheLockIsWipedInsteadOfDelivered() {
        Secret decrypted = Secret.ofString("22582BD0CFF14C41EDBF1AB98506286D");
        work.run(() -> decrypted, delivered::add, delivered::add);

        work.dropPendingResults();
        runUiQueue();

        assertThat(delivered).isEmpty();
        assertThat(decrypted.isWiped()).isTrue();
    }

    @Test
    void aFailureOfWorkStartedBeforeTheLockIsNotReported() {
        work.run(() -> {
            throw new IOException("the vault is closed");
        }, delivered::add, delivered::add);

        work.dropPendingResults();
        runUiQueue();

        assertThat(delivered).isEmpty();
    }

    @Test
    void workStartedAfterTheLockIsDelivered() {
        work.dropPendingResults();
        work.run(() -> "after", delivered::add, delivered::add);
        runUiQueue();

        assertThat(delivered).containsExactly("after");
    }

    @Test
    void withoutALockResultsAndFailuresArrive() {
        IOException failure = new IOException("disk full");
        work.run(() -> "done", delivered::add, delivered::add);
        work.run(() -> {
            throw failure;
        }, delivered::add, delivered::add);
        runUiQueue();

        assertThat(delivered).containsExactly("done", failure);
    }

    @Test
    void workDroppedByTheLockIsToldSoAfterItsResultIsClosed() {
        Secret decrypted = Secret.ofString("22582BD0CFF14C41EDBF1AB98506286D");
        work.run(() -> decrypted, delivered::add, delivered::add, () -> delivered.add(
                decrypted.isWiped() ? "dropped, closed" : "dropped, open"));
        work.run(() -> {
            throw new IOException("the vault is closed");
        }, delivered::add, delivered::add, () -> delivered.add("failure dropped"));

        work.dropPendingResults();
        runUiQueue();

        assertThat(delivered).containsExactly("dropped, closed", "failure dropped");
    }

    @Test
    void workNotDroppedIsNotToldItWas() {
        work.run(() -> "done", delivered::add, delivered::add, () -> delivered.add("dropped"));
        work.run(() -> {
            throw new IOException("disk full");
        }, delivered::add, failure -> delivered.add("failed"), () -> delivered.add("dropped"));
        runUiQueue();

        assertThat(delivered).containsExactly("done", "failed");
    }
}
