package dev.keyhaven.ui.unlock;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.controls.SecretInput;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** First run: the master password twice, its strength, and the warning that it cannot be recovered. */
public final class CreateVaultView extends StartCard {

    private final CreateVaultViewModel model;
    private final SecretInput password = new SecretInput("Master password");
    private final SecretInput repeated = new SecretInput("Master password again");

    public CreateVaultView(CreateVaultViewModel model) {
        super("Create your vault",
                "Keyhaven keeps your OKX API keys in one encrypted file on this computer. Choose the master"
                        + " password that opens it.");
        this.model = model;
        password.setId("new-password");
        repeated.setId("repeat-password");

        ProgressBar meter = new ProgressBar(0);
        meter.setId("strength-meter");
        meter.getStyleClass().add("strength-meter");
        meter.setMaxWidth(Double.MAX_VALUE);
        meter.progressProperty().bind(Bindings.createDoubleBinding(
                () -> password.field().getLength() == 0 ? 0 : (model.scoreProperty().get() + 1) / 5.0,
                model.scoreProperty(), password.field().lengthProperty()));
        model.scoreProperty().addListener((observable, was, now) -> {
            meter.getStyleClass().removeAll("score-0", "score-1", "score-2", "score-3", "score-4");
            meter.getStyleClass().add("score-" + now);
        });
        meter.getStyleClass().add("score-0");
        Label rating = new Label();
        rating.getStyleClass().add("strength-rating");
        rating.textProperty().bind(model.ratingProperty());
        rating.setMinWidth(80);
        HBox.setHgrow(meter, Priority.ALWAYS);
        HBox strength = new HBox(10, meter, rating);
        strength.setAlignment(Pos.CENTER_LEFT);

        Label advice = note("", "muted");
        advice.textProperty().bind(model.adviceProperty());
        advice.setId("strength-advice");

        Label noRecovery = note("Nobody can recover a forgotten master password: not Keyhaven, not OKX, not us."
                + " Write it down and keep it somewhere safe, away from this computer.", "warning-note");
        noRecovery.setId("no-recovery-warning");

        Label mismatch = note("", "warning-note");
        mismatch.setId("password-mismatch");
        mismatch.textProperty().bind(model.matchHintProperty());
        mismatch.managedProperty().bind(mismatch.textProperty().isNotEmpty());
        mismatch.visibleProperty().bind(mismatch.managedProperty());

        Label error = note("", "error-note");
        error.setId("create-error");
        error.textProperty().bind(model.errorProperty());

        Button create = new Button("_Create vault");
        create.setId("create-vault");
        create.setDefaultButton(true);
        create.getStyleClass().add("accent");
        create.setMaxWidth(Double.MAX_VALUE);
        create.disableProperty().bind(model.readyBinding().not());
        create.setOnAction(event -> submit());

        HBox progress = busyRow("Creating the vault and tuning its lock to this computer. This takes a few seconds.",
                model.busyProperty());

        Label location = note("Vault file: " + model.vaultFile(), "muted", "small");

        add(fieldLabel("_Master password", password.field()), password, strength, advice,
                fieldLabel("_Type it again", repeated.field()), repeated, mismatch, noRecovery, error, create, progress, location);

        password.field().secretLengthProperty().addListener((observable, was, now) -> {
            try (Secret typed = password.secret()) {
                model.passwordChanged(typed);
            }
            compareEntries();
        });
        repeated.field().secretLengthProperty().addListener((observable, was, now) -> compareEntries());
        Platform.runLater(password.field()::requestFocus);
    }

    private void compareEntries() {
        try (Secret first = password.secret(); Secret second = repeated.secret()) {
            model.entriesChanged(first, second);
        }
    }

    private void submit() {
        try (Secret first = password.secret(); Secret second = repeated.secret()) {
            model.create(first, second);
        }
    }

    /** Wipes both fields (on lock, exit, or when the vault was created). */
    public void wipe() {
        password.wipe();
        repeated.wipe();
    }
}
