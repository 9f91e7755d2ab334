package dev.keyhaven.ui.common;

/** A page's input that leaving would lose: the credentials form, the rotation's new values. */
public interface UnsavedInput {

    /** True when leaving would lose something typed. */
    boolean hasUnsavedChanges();

    /** What the input is about, for a sentence: "The new key", a key's quoted label. */
    String subject();

    /** How the user keeps what was typed, for the question's last sentence. */
    default String howToKeep() {
        return "press Save (" + PlatformShortcuts.describe(PlatformShortcuts.SAVE) + ")";
    }
}
