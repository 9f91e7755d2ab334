package dev.keyhaven.ui.common;

/** The questions and messages a view model may put to the user, kept behind an interface for tests. */
public interface Dialogs {

    /** Asks before something that cannot be undone; true when the user chose {@code confirmLabel}. */
    boolean confirm(String title, String message, String confirmLabel);

    void inform(String title, String message);

    void showError(String title, String message);
}
