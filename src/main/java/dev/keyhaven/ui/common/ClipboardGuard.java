package dev.keyhaven.ui.common;

import dev.keyhaven.secret.Secret;
import java.time.Duration;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * Puts a credential on the system clipboard and takes it off again after a while, on lock and on
 * exit, but only while the clipboard still holds what Keyhaven put there: whatever the user copied
 * since is left alone. Use it on the JavaFX thread.
 */
public final class ClipboardGuard {

    private final Clipboard clipboard;
    private final Supplier<Duration> clearAfter;
    private final PauseTransition timer = new PauseTransition();
    private Secret copied;

    public ClipboardGuard(Clipboard clipboard, Supplier<Duration> clearAfter) {
        this.clipboard = clipboard;
        this.clearAfter = clearAfter;
        timer.setOnFinished(event -> clearIfOurs());
    }

    public static ClipboardGuard ofSystem(Supplier<Duration> clearAfter) {
        return new ClipboardGuard(Clipboard.getSystemClipboard(), clearAfter);
    }

    /** Copies {@code value} (the caller keeps and closes it) and starts the clear timer. */
    public void copy(Secret value) {
        forgetCopied();
        copied = value.copy();
        ClipboardContent content = new ClipboardContent();
        // The system clipboard only takes a String: it is built here and let go at once.
        content.putString(value.reveal());
        clipboard.setContent(content);
        timer.stop();
        timer.setDuration(javafx.util.Duration.millis(clearAfter.get().toMillis()));
        timer.playFromStart();
    }

    /** True while the clipboard holds the value copied last. */
    public boolean holdsCopiedValue() {
        if (copied == null || !clipboard.hasString()) {
            return false;
        }
        String current = clipboard.getString();
        return current != null && copied.apply(chars -> sameCharacters(chars, current));
    }

    /** Clears the clipboard if it still holds our value; forgets the value either way. */
    public void clearIfOurs() {
        timer.stop();
        if (holdsCopiedValue()) {
            clipboard.clear();
        }
        forgetCopied();
    }

    private void forgetCopied() {
        if (copied != null) {
            copied.close();
            copied = null;
        }
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
