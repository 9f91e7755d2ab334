package dev.keyhaven.ui;

import java.time.Duration;

/**
 * Holds the warm-up behind the unlock screen while the user waits on an unlock: on two cores the
 * warm-up (Argon2id, SQLite and the records run on made-up values, then the OKX client built) would
 * otherwise share the processors with the real key derivation and the key list's first showing, and
 * the unlock took the bare key derivation + 0.8 to 1.2 s instead of + 0.16 s. The warm-up calls
 * {@link #awaitRelease()} between its steps; the shell holds from the unlock's start until the unlocked
 * key list is drawn (or the unlock failed).
 */
final class WarmUpHold {

    /** A hold never outlasts this: a warm-up forgotten under a hold would leave checks cold for good. */
    static final Duration LONGEST = Duration.ofSeconds(20);
    private static final long STEP_MILLIS = 10;

    private volatile boolean held;

    void hold() {
        held = true;
    }

    void release() {
        held = false;
    }

    boolean isHeld() {
        return held;
    }

    /** On the warm-up's thread: returns once released (at once when not held). */
    void awaitRelease() {
        long giveUpAt = System.nanoTime() + LONGEST.toNanos();
        while (held && System.nanoTime() < giveUpAt) {
            try {
                Thread.sleep(STEP_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
