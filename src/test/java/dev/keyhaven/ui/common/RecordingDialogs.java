package dev.keyhaven.ui.common;

import java.util.ArrayList;
import java.util.List;

/** Dialogs for view-model tests: answers confirmations as told and remembers what was asked. */
public final class RecordingDialogs implements Dialogs {

    public final List<String> confirmations = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    /** The titles of the questions asked with a destructive (red) answer. */
    public final List<String> destructive = new ArrayList<>();
    private boolean answer;
    /** What {@link #askMasterPassword} answers; null: the user cancels. */
    private String password;

    public RecordingDialogs answering(boolean confirm) {
        this.answer = confirm;
        return this;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        confirmations.add(title + " | " + message);
        return answer;
    }

    @Override
    public boolean confirmDestructive(String title, String message, String confirmLabel, String keepLabel) {
        destructive.add(title);
        return confirm(title, message, confirmLabel, keepLabel);
    }

    @Override
    public void inform(String title, String message) {
        confirmations.add(title + " | " + message);
    }

    public RecordingDialogs typingPassword(String typed) {
        this.password = typed;
        return this;
    }

    @Override
    public java.util.Optional<dev.keyhaven.secret.Secret> askMasterPassword(String title, String message) {
        confirmations.add(title + " | " + message);
        return java.util.Optional.ofNullable(password).map(dev.keyhaven.secret.Secret::ofString);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }
}
