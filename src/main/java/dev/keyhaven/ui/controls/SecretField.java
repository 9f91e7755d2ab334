package dev.keyhaven.ui.controls;

import dev.keyhaven.secret.Secret;
import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * A text field for secrets whose characters live only in a wipeable {@code char[]}. The field's own
 * text (a {@code StringProperty}) only ever holds mask characters of the same length, so the secret
 * never enters a String property, the undo history, or the clipboard. Copy, cut and undo are
 * disabled; paste works (that is how traders bring keys in from OKX).
 *
 * <p>Read it with {@link #secret()} (a copy the caller closes) and {@link #wipe()} it when done.
 */
public class SecretField extends TextField {

    static final char MASK = '\u2022';
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_MAC =
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private char[] content = new char[0];
    private final ReadOnlyIntegerWrapper secretLength = new ReadOnlyIntegerWrapper(this, "secretLength", 0);

    public SecretField() {
        getStyleClass().add("secret-field");
        setContextMenu(null);
        // The undo history only knows the mask; undoing would split mask and secret apart.
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (UNDO.match(event) || REDO.match(event) || REDO_MAC.match(event)) {
                event.consume();
            }
        });
    }

    /** A copy of the characters typed or pasted; the caller closes it. */
    public Secret secret() {
        return Secret.wrap(Arrays.copyOf(content, secretLength.get()));
    }

    /** Replaces the content with a copy of {@code secret}. */
    public void setSecret(Secret secret) {
        char[] chars = secret.chars();
        wipeContent();
        content = chars;
        secretLength.set(chars.length);
        super.replaceText(0, getLength(), mask(chars.length));
    }

    /** Overwrites the characters and empties the field. */
    public void wipe() {
        wipeContent();
        content = new char[0];
        secretLength.set(0);
        super.replaceText(0, getLength(), "");
    }

    public ReadOnlyIntegerProperty secretLengthProperty() {
        return secretLength.getReadOnlyProperty();
    }

    public BooleanBinding emptyBinding() {
        return Bindings.equal(0, secretLength);
    }

    /** Lends the characters to {@code reader} without copying (for drawing a revealed value). */
    void readChars(java.util.function.Consumer<char[]> reader) {
        char[] copy = Arrays.copyOf(content, secretLength.get());
        try {
            reader.accept(copy);
        } finally {
            Arrays.fill(copy, '\0');
        }
    }

    @Override
    public void replaceText(int start, int end, String text) {
        int length = secretLength.get();
        int from = Math.max(0, Math.min(start, length));
        int to = Math.max(from, Math.min(end, length));
        String inserted = text == null ? "" : text.replace("\r", "").replace("\n", "");
        char[] next = new char[length - (to - from) + inserted.length()];
        System.arraycopy(content, 0, next, 0, from);
        inserted.getChars(0, inserted.length(), next, from);
        System.arraycopy(content, to, next, from + inserted.length(), length - to);
        wipeContent();
        content = next;
        secretLength.set(next.length);
        super.replaceText(from, to, mask(inserted.length()));
    }

    @Override
    public void replaceSelection(String replacement) {
        replaceText(getSelection().getStart(), getSelection().getEnd(), replacement);
    }

    @Override
    public void copy() {
        // Copying a secret out of the field is what the copy buttons (with auto-clear) are for.
    }

    @Override
    public void cut() {
        // As copy().
    }

    private void wipeContent() {
        Arrays.fill(content, '\0');
    }

    private static String mask(int length) {
        return String.valueOf(MASK).repeat(length);
    }
}
