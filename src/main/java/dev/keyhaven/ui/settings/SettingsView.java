package dev.keyhaven.ui.settings;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.StrengthMeter;
import dev.keyhaven.ui.common.AppSettings;
import dev.keyhaven.ui.common.ThemeChoice;
import dev.keyhaven.ui.controls.FocusScrolling;
import dev.keyhaven.ui.controls.FormSection;
import dev.keyhaven.ui.controls.SecretInput;
import dev.keyhaven.ui.controls.SecretTabOrder;
import dev.keyhaven.vault.Backup;
import dev.keyhaven.vault.BackupStanding;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import dev.keyhaven.ui.controls.FocusPlace;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The settings page, shown in place of the key detail; "Done" goes back. */
public final class SettingsView extends ScrollPane {

    private final SettingsViewModel model;
    private final SecretInput currentPassword = new SecretInput("Current master password");
    private final SecretInput newPassword = new SecretInput("New master password");
    private final SecretInput repeatedPassword = new SecretInput("New master password again");
    private final SecretInput oldPassword = new SecretInput("Old master password");

    public SettingsView(SettingsViewModel model, Runnable onDone) {
        this.model = model;
        getStyleClass().addAll("settings-view", "edge-to-edge");
        setFitToWidth(true);
        FocusScrolling.follow(this);

        Label title = new Label("Settings");
        title.getStyleClass().add("title-2");
        Button done = new Button("_Done");
        done.setId("settings-done");
        done.setCancelButton(true);
        done.setOnAction(event -> onDone.run());
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        HBox header = new HBox(10, title, spacer, done);
        header.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(22, header, behaviour(), password(), backups());
        content.setPadding(new Insets(20, 24, 24, 24));
        content.setMaxWidth(720);
        setContent(content);
        model.shownProperty().bind(sceneProperty().isNotNull());
        model.refreshBackups();
    }

    private Node behaviour() {
        Label autoLockMessage = new Label();
        Label clipboardMessage = new Label();
        Label rotationMessage = new Label();
        Spinner<Integer> autoLock = WholeNumberSpinner.create("auto-lock-minutes", 1,
                AppSettings.MAX_AUTO_LOCK_MINUTES, model.autoLockMinutesProperty().get(), "minutes", autoLockMessage);
        autoLock.valueProperty().addListener((observable, was, now) -> model.autoLockMinutesProperty().set(now));
        CheckBox lockWhenMinimised = new CheckBox();
        lockWhenMinimised.setId("lock-when-minimised");
        lockWhenMinimised.selectedProperty().bindBidirectional(model.lockWhenMinimisedProperty());
        Spinner<Integer> clipboard = WholeNumberSpinner.create("clipboard-seconds", 5,
                AppSettings.MAX_CLIPBOARD_CLEAR_SECONDS, model.clipboardClearSecondsProperty().get(), "seconds",
                clipboardMessage);
        clipboard.valueProperty().addListener((observable, was, now) -> model.clipboardClearSecondsProperty().set(now));
        Spinner<Integer> rotation = WholeNumberSpinner.create("rotation-days", AppSettings.MIN_ROTATION_DAYS,
                AppSettings.MAX_ROTATION_DAYS, model.rotationReminderDaysProperty().get(), "days", rotationMessage);
        rotation.valueProperty().addListener((observable, was, now) -> model.rotationReminderDaysProperty().set(now));
        ComboBox<ThemeChoice> theme = new ComboBox<>();
        theme.setId("theme");
        theme.getItems().setAll(ThemeChoice.values());
        theme.valueProperty().bindBidirectional(model.themeProperty());
        theme.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(10);
        row(grid, 0, "_Lock after idle minutes", autoLock, autoLockMessage,
                "Keyhaven locks itself when you leave it alone this long.");
        row(grid, 1, "Lock when _minimised", lockWhenMinimised, new Label(), "Minimising the window locks Keyhaven at once.");
        row(grid, 2, "_Clear clipboard after seconds", clipboard, clipboardMessage, "A copied credential is taken off the clipboard again.");
        row(grid, 3, "_Remind to rotate keys after days", rotation, rotationMessage, "Replacing keys now and then limits what a leak can do.");
        row(grid, 4, "_Theme", theme, new Label(), "");
        return new FormSection("Behaviour", grid);
    }

    private Node password() {
        currentPassword.setId("current-password");
        newPassword.setId("changed-password");
        repeatedPassword.setId("changed-password-repeat");
        Button change = new Button("C_hange master password");
        change.setId("change-password");
        // As on Create vault: off until the new password rates Good and is typed the same twice.
        javafx.beans.binding.BooleanExpression ready = model.newPassword().ready();
        javafx.beans.binding.BooleanBinding noCurrent = currentPassword.field().secretLengthProperty().isEqualTo(0);
        change.disableProperty().bind(model.busyProperty().or(ready.not()).or(noCurrent));
        Label reason = note();
        reason.setId("change-password-reason");
        reason.textProperty().bind(Bindings.createStringBinding(() -> model.busyProperty().get() ? ""
                : ChangeOffReason.of(noCurrent.get(), model.newPassword().strongEnoughProperty().get(), ready.get()),
                model.busyProperty(), noCurrent, model.newPassword().strongEnoughProperty(), ready));
        change.setOnAction(event -> {
            try (Secret current = currentPassword.secret(); Secret next = newPassword.secret();
                    Secret repeated = repeatedPassword.secret()) {
                model.changePassword(current, next, repeated, changed -> {
                    currentPassword.wipe();
                    if (changed) {
                        newPassword.wipe();
                        repeatedPassword.wipe();
                    } else {
                        currentPassword.field().requestFocus();
                    }
                });
            }
        });
        FocusPlace.keep(change, currentPassword);
        Label message = note();
        message.setId("password-message");
        message.textProperty().bind(model.passwordMessageProperty());
        newPassword.field().secretLengthProperty().addListener((observable, was, now) -> rateNewPassword());
        repeatedPassword.field().secretLengthProperty().addListener((observable, was, now) -> rateNewPassword());
        VBox next = labelled("_New password", newPassword);
        StrengthMeter meter = new StrengthMeter(model.newPassword().scoreProperty(), model.newPassword().ratingProperty(),
                newPassword.field().lengthProperty());
        meter.setMaxWidth(420);
        Label advice = note();
        advice.setId("changed-password-advice");
        advice.textProperty().bind(model.newPassword().adviceProperty());
        next.getChildren().addAll(meter, advice);
        FormSection section = new FormSection("Master password",
                labelled("C_urrent password", currentPassword),
                next,
                labelled("New password a_gain", repeatedPassword),
                change, reason, message, oldBackupChoices());
        SecretTabOrder.within(section, currentPassword, newPassword, repeatedPassword);
        changeOnEnter(change, reason, noCurrent);
        return section;
    }

    /**
     * Enter in one of the three fields presses Change when it is on; when it is off, the caret goes to the
     * field that stops it, with the reason (said under the button) in view.
     */
    private void changeOnEnter(Button change, Label reason, BooleanBinding noCurrent) {
        for (SecretInput input : java.util.List.of(currentPassword, newPassword, repeatedPassword)) {
            input.field().addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
                if (event.getCode() != javafx.scene.input.KeyCode.ENTER || event.isShiftDown() || event.isShortcutDown()
                        || model.busyProperty().get()) {
                    return;
                }
                event.consume();
                if (!change.isDisabled()) {
                    change.fire();
                    return;
                }
                SecretInput stopping = noCurrent.get() ? currentPassword
                        : !model.newPassword().strongEnoughProperty().get() ? newPassword : repeatedPassword;
                stopping.field().requestFocus();
                applyCss();
                layout();
                FocusScrolling.scrollTo(this, reason);
                FocusScrolling.scrollTo(this, stopping);
            });
        }
    }

    private void rateNewPassword() {
        try (Secret next = newPassword.secret(); Secret repeated = repeatedPassword.secret()) {
            model.newPassword().entriesChanged(next, repeated);
        }
    }

    /** After a change: re-encrypt, delete or keep the backups the old password still opens. */
    private Node oldBackupChoices() {
        oldPassword.setId("old-password");
        Button reencrypt = new Button("_Re-encrypt under the new password");
        reencrypt.setId("reencrypt-old-backups");
        reencrypt.setOnAction(event -> {
            try (Secret old = oldPassword.secret()) {
                model.reencryptOldBackups(old);
            }
            oldPassword.wipe();
        });
        Button delete = new Button("_Delete them…");
        delete.setId("delete-old-backups");
        delete.setOnAction(event -> model.deleteOldBackups());
        Button keep = new Button("_Keep them");
        keep.setId("keep-old-backups");
        keep.setOnAction(event -> model.keepOldBackups());
        for (Button button : new Button[] {reencrypt, delete, keep}) {
            button.disableProperty().bind(model.busyProperty());
        }
        VBox choices = new VBox(8, labelled("Old password (only to re-encrypt)", oldPassword),
                new HBox(10, reencrypt, delete, keep));
        choices.setId("old-backup-choices");
        BooleanBinding pending = Bindings.isNotEmpty(model.oldPasswordBackups());
        choices.visibleProperty().bind(pending);
        choices.managedProperty().bind(pending);
        return choices;
    }

    private Node backups() {
        ListView<BackupStanding> list = new ListView<>(model.backups());
        list.setId("backup-list");
        list.setPrefHeight(230);
        list.setPlaceholder(new Label("No backups yet."));
        list.setCellFactory(view -> new BackupCell(view));
        Button backupNow = new Button("_Back up now");
        backupNow.setId("backup-now");
        backupNow.disableProperty().bind(model.busyProperty());
        backupNow.setOnAction(event -> model.backupNow());
        Button restore = new Button("Re_store selected…");
        restore.setId("restore-backup");
        restore.getStyleClass().add("danger");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(model.restoringProperty()));
        restore.setOnAction(event -> model.restore(list.getSelectionModel().getSelectedItem()));
        Label message = note();
        message.setId("backup-message");
        message.textProperty().bind(model.backupMessageProperty());
        Label hint = note();
        hint.setText(SettingsViewModel.BACKUP_SCHEDULE);
        Label last = note();
        last.setId("last-backup");
        last.textProperty().bind(model.lastBackupProperty());
        HBox buttons = new HBox(10, backupNow, restore);
        FocusPlace.keep(backupNow, buttons);
        keepInViewAfterAction(buttons, message, last);
        return new FormSection("Backups", hint, last, list, buttons, message);
    }

    /**
     * After Back up now or Restore says its result, the buttons and that result are scrolled whole into view: the
     * refreshed list and "last backup" line grow the page above them, which pushed the buttons half below a
     * 900x600 window.
     */
    private void keepInViewAfterAction(HBox buttons, Label message, Label last) {
        java.util.function.Consumer<Boolean> reveal = said -> javafx.application.Platform.runLater(() -> {
            Node focused = getScene() == null ? null : getScene().getFocusOwner();
            if (getScene() == null || !(said || focused != null && buttons.getChildren().contains(focused))) {
                return;
            }
            applyCss();
            layout();
            if (message.isVisible()) {
                FocusScrolling.scrollTo(this, message);
            }
            FocusScrolling.scrollTo(this, buttons);
        });
        model.backupMessageProperty().addListener((observable, was, now) -> reveal.accept(!now.isEmpty()));
        last.textProperty().addListener((observable, was, now) -> reveal.accept(false));
        model.backups().addListener((javafx.collections.ListChangeListener<BackupStanding>) change -> reveal.accept(false));
    }

    /** Wipes the password fields (on lock). */
    public void wipe() {
        currentPassword.wipe();
        newPassword.wipe();
        repeatedPassword.wipe();
        oldPassword.wipe();
    }

    private static void row(GridPane grid, int row, String title, Node control, Label message, String hint) {
        Label label = new Label(title);
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label help = new Label(hint);
        help.getStyleClass().add("muted");
        help.setWrapText(true);
        help.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // An empty message or help takes no room: every control has its help right under it, no blank line between.
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        help.managedProperty().bind(help.textProperty().isNotEmpty());
        // The explanation goes under its control: beside it, a narrow window squeezed it into a column of words.
        VBox cell = new VBox(4, control, message, help);
        javafx.scene.layout.GridPane.setHgrow(cell, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        label.setPadding(new javafx.geometry.Insets(6, 0, 0, 0));
        grid.add(label, 0, row);
        grid.add(cell, 1, row);
    }

    private static VBox labelled(String title, SecretInput input) {
        Label label = new Label(title);
        label.setMnemonicParsing(true);
        label.setLabelFor(input.field());
        label.getStyleClass().add("field-label");
        input.setMaxWidth(420);
        return new VBox(5, label, input);
    }

    private static Label note() {
        Label label = new Label();
        label.setWrapText(true);
        label.getStyleClass().addAll("note", "muted");
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }
}
