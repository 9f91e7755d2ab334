package dev.keyhaven.ui.unlock;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.StrengthMeter;
import dev.keyhaven.ui.controls.SecretInput;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

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

        StrengthMeter strength = new StrengthMeter(model.scoreProperty(), model.ratingProperty(),
                password.field().lengthProperty());

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
        // The two notes share one place, so Create vault stays in a 900x600 window: the warning steps aside while
        // the entries differ (the strength line says the same meanwhile) and is back before Create can be pressed.
        noRecovery.managedProperty().bind(mismatch.managedProperty().not());
        noRecovery.visibleProperty().bind(noRecovery.managedProperty());

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

        HBox progress = busyRow("Creating the vault\u2026 Keyhaven tunes its lock to this computer: this takes a few seconds.",
                model.busyProperty());

        Label location = note("Vault file: " + model.vaultFile(), "muted", "small");

        add(fieldLabel("_Master password", password.field()), password, strength, advice,
                fieldLabel("_Type it again", repeated.field()), repeated, mismatch, noRecovery, error, create, progress, location);
        // Tab: the password, again, Create vault. A Show between them would take the next keystrokes, with each
        // space of a passphrase revealing it.
        password.showOutsideTabOrder();
        repeated.showOutsideTabOrder();
        dev.keyhaven.ui.controls.SecretTabOrder.within(this, password, repeated);
        typedInto(password, repeated);

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
