package dev.keyhaven.ui.common;

import dev.keyhaven.secret.Secret;
import java.util.Optional;
import java.util.function.Predicate;

/** The questions and messages a view model may put to the user, kept behind an interface for tests. */
public interface Dialogs {

    /** Asks before something that cannot be undone; true when the user chose {@code confirmLabel}. */
    boolean confirm(String title, String message, String confirmLabel);

    /**
     * As {@link #confirm(String, String, String)}, its safe answer (the default, Enter) saying
     * {@code keepLabel} instead of Cancel.
     */
    default boolean confirm(String title, String message, String confirmLabel, String keepLabel) {
        return confirm(title, message, confirmLabel);
    }

    /**
     * As {@link #confirm(String, String, String, String)} for a choice that deletes, revokes, discards or
     * replaces something: its button is drawn in the danger colour; the safe answer stays the default.
     */
    default boolean confirmDestructive(String title, String message, String confirmLabel, String keepLabel) {
        return confirm(title, message, confirmLabel, keepLabel);
    }

    /** As {@link #confirmDestructive(String, String, String, String)}, its safe answer saying Cancel. */
    default boolean confirmDestructive(String title, String message, String confirmLabel) {
        return confirmDestructive(title, message, confirmLabel, "Cancel");
    }

    void inform(String title, String message);

    void showError(String title, String message);

    /**
     * Asks for the master password again (before a stored secret is shown); empty when the user
     * cancelled. The caller closes the password.
     */
    Optional<Secret> askMasterPassword(String title, String message);

    /** As {@link #askMasterPassword(String, String)}, its confirm button saying {@code confirmLabel} ("Copy"). */
    default Optional<Secret> askMasterPassword(String title, String message, String confirmLabel) {
        return askMasterPassword(title, message);
    }

    /**
     * As {@link #askMasterPassword(String, String, String)}, but the question stays open until {@code isMaster}
     * (run off the JavaFX thread, with a copy it must not keep) accepts what was typed: a wrong password is
     * said under the field, which keeps the focus. Empty when the user cancelled.
     */
    default Optional<Secret> askMasterPassword(String title, String message, String confirmLabel,
            Predicate<Secret> isMaster) {
        return askMasterPassword(title, message, confirmLabel);
    }
}
