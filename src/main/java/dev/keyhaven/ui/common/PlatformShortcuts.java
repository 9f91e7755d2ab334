package dev.keyhaven.ui.common;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The app's keyboard shortcuts. SHORTCUT is Cmd on macOS and Ctrl on Windows and Linux, so one
 * definition gives Cmd+L there and Ctrl+L here; Ctrl on a Mac would clash with the system's own keys.
 */
public final class PlatformShortcuts {

    public static final KeyCombination LOCK = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination NEW_KEY = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    /** Show or hide the value of the secret field that has the focus (its Show button, from the keyboard). */
    public static final KeyCombination REVEAL =
            new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private PlatformShortcuts() {
    }

    /** How a shortcut is written in texts for the user on this system, e.g. a tooltip "Lock now (⌘L)". */
    public static String describe(KeyCombination shortcut) {
        return describe((KeyCodeCombination) shortcut, System.getProperty("os.name", ""));
    }

    /** How a shortcut is written in texts for the user: ⌘L (⇧⌘R) on a Mac, Ctrl+L (Ctrl+Shift+R) elsewhere. */
    public static String describe(KeyCodeCombination shortcut, String osName) {
        String key = shortcut.getCode().getName();
        boolean shift = shortcut.getShift() == KeyCombination.ModifierValue.DOWN;
        return ClipboardMarkers.Os.named(osName) == ClipboardMarkers.Os.MAC
                ? (shift ? "\u21e7" : "") + "\u2318" + key
                : "Ctrl+" + (shift ? "Shift+" : "") + key;
    }
}
