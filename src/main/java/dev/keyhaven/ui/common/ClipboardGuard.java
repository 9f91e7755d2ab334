package dev.keyhaven.ui.common;

import dev.keyhaven.secret.Secret;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * Puts a credential on the system clipboard and takes it off again after a while, on lock and on
 * exit, but only while the clipboard still holds what Keyhaven put there: whatever the user copied
 * since is left alone. The copy carries the markers that keep it out of clipboard history and sync
 * ({@link ClipboardMarkers}).
 *
 * <p>The clear time is kept on the wall clock and compared every second, so a laptop that slept past
 * it clears the clipboard on waking (a timer's delay does not count the time asleep). Use it on the JavaFX
 * thread.
 */
public final class ClipboardGuard {

    static final Duration TICK = Duration.ofSeconds(1);

    /** Asked for when used: JavaFX hands out the system clipboard only on its own thread. */
    private final Supplier<Clipboard> clipboard;
    private final Supplier<Duration> clearAfter;
    private final Clock clock;
    private final ClipboardMarkers.Os os;
    private final FxTimer ticker = FxTimer.every(TICK, this::clearIfDue);
    private Secret copied;
    private Instant copiedAt;
    private Instant clearAt;
    private java.util.function.Consumer<Duration> onCopied = after -> { };

    public ClipboardGuard(Clipboard clipboard, Supplier<Duration> clearAfter) {
        this(clipboard, clearAfter, Clock.systemUTC());
    }

    public ClipboardGuard(Clipboard clipboard, Supplier<Duration> clearAfter, Clock clock) {
        this(clipboard, clearAfter, clock, ClipboardMarkers.Os.current());
    }

    ClipboardGuard(Clipboard clipboard, Supplier<Duration> clearAfter, Clock clock, ClipboardMarkers.Os os) {
        this(() -> clipboard, clearAfter, clock, os);
    }

    private ClipboardGuard(Supplier<Clipboard> clipboard, Supplier<Duration> clearAfter, Clock clock,
            ClipboardMarkers.Os os) {
        this.clipboard = clipboard;
        this.clearAfter = clearAfter;
        this.clock = clock;
        this.os = os;
    }

    public static ClipboardGuard ofSystem(Supplier<Duration> clearAfter) {
        return ofSystem(clearAfter, Clock.systemUTC());
    }

    public static ClipboardGuard ofSystem(Supplier<Duration> clearAfter, Clock clock) {
        return new ClipboardGuard(Clipboard::getSystemClipboard, clearAfter, clock, ClipboardMarkers.Os.current());
    }

    /** Copies {@code value} (the caller keeps and closes it) and sets the time to clear it. */
    public void copy(Secret value) {
        forgetCopied();
        copied = value.copy();
        ClipboardContent content = new ClipboardContent();
        // The system clipboard only takes a String: it is built here and let go at once.
        content.putString(value.reveal());
        ClipboardMarkers.addTo(content, os);
        clipboard.get().setContent(content);
        copiedAt = clock.instant();
        clearAt = copiedAt.plus(clearAfter.get());
        ticker.restart();
        onCopied.accept(Duration.between(copiedAt, clearAt));
    }

    /** Told, after each copy, how long until the clipboard is cleared (to say so beside the button pressed). */
    public void setOnCopied(java.util.function.Consumer<Duration> onCopied) {
        this.onCopied = java.util.Objects.requireNonNull(onCopied, "onCopied");
    }

    /** True while the clipboard holds the value copied last. */
    public boolean holdsCopiedValue() {
        if (copied == null || !clipboard.get().hasString()) {
            return false;
        }
        String current = clipboard.get().getString();
        return current != null && copied.apply(chars -> sameCharacters(chars, current));
    }

    /**
     * Clears our value if its time has come by the wall clock, or if the clock was set back since the
     * copy (the timer calls it every second).
     */
    public void clearIfDue() {
        if (copied == null) {
            return;
        }
        Instant now = clock.instant();
        if (now.isBefore(copiedAt) || !now.isBefore(clearAt)) {
            clearIfOurs();
        }
    }

    /** Clears the clipboard if it still holds our value; forgets the value either way. */
    public void clearIfOurs() {
        ticker.stop();
        if (holdsCopiedValue()) {
            clipboard.get().clear();
        }
        forgetCopied();
    }

    private void forgetCopied() {
        if (copied != null) {
            copied.close();
            copied = null;
        }
        copiedAt = null;
        clearAt = null;
    }

    private static boolean sameCharacters(char[] chars, CharSequence text) {
        if (chars.length != text.length()) {
            return false;
        }
        int difference = 0;
        for (int i = 0; i < chars.length; i++) {
            difference |= chars[i] ^ text.charAt(i);
        }
        return difference == 0;
    }
}
