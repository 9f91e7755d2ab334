package dev.keyhaven.ui.unlock;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.FxTimer;
import dev.keyhaven.ui.controls.SecretInput;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.skin.TextInputControlSkin;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** Later runs: the master password, Enter to unlock, and what went wrong if it did not open. */
public final class UnlockView extends StartCard {

    private final UnlockViewModel model;
    private final SecretInput password = new SecretInput("Master password");
    private final FxTimer waitTicker = FxTimer.every(java.time.Duration.ofSeconds(1), this::tick);

    public UnlockView(UnlockViewModel model, String notice) {
        super("Unlock your vault", "Type your master password to see your keys.");
        this.model = model;
        password.setId("unlock-password");

        Label noticeLabel = note(notice == null ? "" : notice, "info-note");
        noticeLabel.setId("unlock-notice");

        Label message = note("", "error-note");
        message.setId("unlock-message");
        message.textProperty().bind(model.messageProperty());
        Label restored = note("", "info-note");
        restored.setId("unlock-notice-after");
        restored.textProperty().bind(model.noticeProperty());

        Button unlock = new Button("_Unlock");
        unlock.setId("unlock");
        unlock.setDefaultButton(true);
        unlock.getStyleClass().add("accent");
        unlock.setMaxWidth(Double.MAX_VALUE);
        unlock.disableProperty().bind(model.busyProperty().or(model.secondsToWaitProperty().greaterThan(0)));
        // Not Bindings.format: java.util.Formatter's first use cost the unlock screen's first frame ~6 ms (#18).
        unlock.textProperty().bind(Bindings.createStringBinding(() -> unlockLabel(model.secondsToWaitProperty().get()),
                model.secondsToWaitProperty()));
        unlock.setOnAction(event -> submit());

        HBox progress = busyRow("Unlocking\u2026 The lock is slow on purpose, to slow down anyone guessing.",
                model.busyProperty());
        Button cancel = new Button("_Cancel");
        cancel.setId("unlock-cancel");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.visibleProperty().bind(model.cancellableProperty());
        cancel.managedProperty().bind(model.cancellableProperty());
        cancel.setOnAction(event -> model.cancel());
        progress.getChildren().add(cancel);

        Label location = note("Vault file: " + model.vaultFile(), "muted", "small");
        add(noticeLabel, fieldLabel("_Master password", password.field()), password, message, restored, unlock, progress, location);
        typedInto(password);

        model.secondsToWaitProperty().addListener((observable, was, now) -> {
            if (now.intValue() > 0) {
                waitTicker.start();
            } else {
                waitTicker.stop();
            }
        });
        model.busyProperty().addListener((observable, was, now) -> {
            // A blinking caret repaints the whole card with its shadow twice a second, beside the key derivation.
            if (password.field().getSkin() instanceof TextInputControlSkin<?> skin) {
                skin.setCaretAnimating(!now);
            }
            if (!now) {
                password.wipe();
                password.field().requestFocus();
            }
        });
        Platform.runLater(password.field()::requestFocus);
    }

    private void submit() {
        try (Secret typed = password.secret()) {
            model.unlock(typed);
        }
    }

    private void tick() {
        model.refreshWait();
    }

    public void wipe() {
        waitTicker.stop();
        password.wipe();
    }

    private static String unlockLabel(int secondsToWait) {
        return secondsToWait > 0 ? "Try again in " + secondsToWait + " s" : "Unlock";
    }
}
