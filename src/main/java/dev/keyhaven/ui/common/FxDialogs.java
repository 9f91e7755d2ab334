package dev.keyhaven.ui.common;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.controls.SecretField;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Modality;
import javafx.stage.Window;

/** {@link Dialogs} as JavaFX alerts over the main window. */
public final class FxDialogs implements Dialogs {

    /** The width a question's sentence wraps at. */
    private static final double PREFERRED_TEXT_WIDTH = 440;

    /** The master-password question's button while the typed password is checked. */
    public static final String CHECKING = "Checking\u2026";

    /** AtlantaFX's style class of a red button, in both themes. */
    public static final String DESTRUCTIVE = "danger";

    private final Supplier<Window> owner;

    public FxDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        return confirm(title, message, confirmLabel, "Cancel");
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel, String keepLabel) {
        return ask(title, message, confirmLabel, keepLabel, false);
    }

    @Override
    public boolean confirmDestructive(String title, String message, String confirmLabel, String keepLabel) {
        return ask(title, message, confirmLabel, keepLabel, true);
    }

    private boolean ask(String title, String message, String confirmLabel, String keepLabel, boolean destructive) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(keepLabel, ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        alert.getButtonTypes().setAll(cancel, confirm);
        // A destructive choice is never the default: Enter cancels.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        javafx.scene.control.Button confirmButton = (javafx.scene.control.Button) alert.getDialogPane().lookupButton(confirm);
        confirmButton.setDefaultButton(false);
        if (destructive) {
            confirmButton.getStyleClass().add(DESTRUCTIVE);
        }
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public void inform(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public Optional<Secret> askMasterPassword(String title, String message) {
        return askMasterPassword(title, message, "Show");
    }

    @Override
    public Optional<Secret> askMasterPassword(String title, String message, String confirmLabel) {
        return askMasterPassword(title, message, confirmLabel, null);
    }

    @Override
    public Optional<Secret> askMasterPassword(String title, String message, String confirmLabel,
            Predicate<Secret> isMaster) {
        SecretField password = new SecretField();
        password.setId("confirm-master-password");
        password.setAccessibleText("Master password");
        password.setPromptText("Master password");
        Label sentence = new Label(message);
        sentence.setWrapText(true);
        // A wrapping label asks for its one-line width: without a width of its own the dialog would be as wide.
        sentence.setPrefWidth(PREFERRED_TEXT_WIDTH);
        sentence.setMinHeight(Region.USE_PREF_SIZE);
        Label wrong = new Label();
        wrong.setId("confirm-master-password-problem");
        wrong.getStyleClass().addAll("note", "error-note");
        wrong.setWrapText(true);
        // Its room is kept from the start: the sentence about a wrong password moves and resizes nothing.
        VBox content = new VBox(10, sentence, password, ReservedNote.of("", wrong));
        Dialog<ButtonType> dialog = new Dialog<>();
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
            dialog.getDialogPane().getStylesheets().setAll(window.getScene().getStylesheets());
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        CentredOnOwner.place(dialog, window);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setMinWidth(440);
        ButtonType show = new ButtonType(confirmLabel, ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType("Cancel", ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(cancel, show);
        javafx.scene.control.Button showButton = (javafx.scene.control.Button) dialog.getDialogPane().lookupButton(show);
        showButton.setDefaultButton(true);
        javafx.beans.property.BooleanProperty checking = new javafx.beans.property.SimpleBooleanProperty(false);
        showButton.disableProperty().bind(password.emptyBinding().or(checking));
        // Busy while the typed password is checked (about a second): the question says so instead of going grey.
        showButton.textProperty().bind(javafx.beans.binding.Bindings.when(checking)
                .then(CHECKING).otherwise(confirmLabel));
        showButton.setMinWidth(Region.USE_PREF_SIZE);
        password.secretLengthProperty().addListener((observable, was, now) -> wrong.setText(""));
        if (isMaster != null) {
            showButton.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
                if (dialog.getResult() == show) {
                    return;
                }
                event.consume();
                checking.set(true);
                Secret typed = password.secret();
                Thread check = new Thread(() -> {
                    boolean accepted;
                    try (typed) {
                        accepted = isMaster.test(typed);
                    }
                    javafx.application.Platform.runLater(() -> {
                        checking.set(false);
                        if (accepted) {
                            dialog.setResult(show);
                            dialog.close();
                        } else {
                            wrong.setText("That is not your master password. Type it again: capitals count.");
                            password.requestFocus();
                            password.selectAll();
                        }
                    });
                }, "master-password-check");
                check.setDaemon(true);
                check.start();
            });
        }
        javafx.application.Platform.runLater(password::requestFocus);
        try {
            return dialog.showAndWait().filter(show::equals).map(chosen -> password.secret());
        } finally {
            password.wipe();
        }
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
            alert.getDialogPane().getStylesheets().setAll(window.getScene().getStylesheets());
        }
        alert.initModality(Modality.WINDOW_MODAL);
        CentredOnOwner.place(alert, window);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setContentText(message);
        alert.getDialogPane().setMinWidth(440);
        return alert;
    }
}
