package dev.keyhaven.ui.rotate;

import atlantafx.base.theme.Styles;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.controls.SecretInput;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The rotation page: the rotation checklist above (the shell passes its guide in) and, below it, the
 * new key's three values with "Replace the key".
 */
public final class RotateView extends VBox {

    private final RotateViewModel model;
    private final SecretInput apiKey = input("new-api-key", "New API key");
    private final SecretInput secretKey = input("new-secret-key", "New secret key");
    private final SecretInput passphrase = input("new-passphrase", "New passphrase");

    public RotateView(Node guide, RotateViewModel model) {
        this.model = model;
        setId("rotate-view");
        getStyleClass().add("rotate-view");
        VBox.setVgrow(guide, Priority.ALWAYS);
        getChildren().addAll(guide, entry());
    }

    private Node entry() {
        Label heading = new Label("The new key's three values");
        heading.getStyleClass().add(Styles.TITLE_4);
        Label carried = wrapped(new Label(model.carriedOver()));
        carried.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        GridPane fields = new GridPane();
        fields.setHgap(10);
        fields.setVgap(8);
        fields.addRow(0, fieldLabel("API key", apiKey), apiKey);
        fields.addRow(1, fieldLabel("Secret key", secretKey), secretKey);
        fields.addRow(2, fieldLabel("Passphrase", passphrase), passphrase);
        GridPane.setHgrow(apiKey, Priority.ALWAYS);

        Button replace = new Button("Replace the key");
        replace.setId("replace-key");
        replace.getStyleClass().add(Styles.ACCENT);
        replace.disableProperty().bind(model.busyProperty());
        replace.setOnAction(event -> rotate());
        Label message = wrapped(new Label());
        message.setId("rotate-message");
        message.textProperty().bind(model.messageProperty());
        HBox actions = new HBox(12, replace, message);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox card = new VBox(10, heading, carried, fields, actions);
        card.setId("rotate-entry");
        card.getStyleClass().addAll("rotate-entry", Styles.BORDER_DEFAULT, Styles.BG_SUBTLE);
        card.setPadding(new Insets(14, 16, 16, 16));
        VBox.setMargin(card, new Insets(0, 16, 16, 16));
        return card;
    }

    /** Moves the keyboard to the first value (the checklist's "save the new key" step). */
    public void focusEntry() {
        apiKey.field().requestFocus();
    }

    /** Puts the passphrase the checklist generated into the entry; the caller closes {@code generated}. */
    public void usePassphrase(Secret generated) {
        passphrase.setSecret(generated);
    }

    private void rotate() {
        try (Secret api = apiKey.secret(); Secret secret = secretKey.secret(); Secret phrase = passphrase.secret()) {
            model.rotate(api, secret, phrase);
        }
    }

    /** Empties the three fields (after the rotation, on lock, when the page closes). */
    public void wipe() {
        apiKey.wipe();
        secretKey.wipe();
        passphrase.wipe();
    }

    private static SecretInput input(String id, String name) {
        SecretInput input = new SecretInput(name);
        input.setId(id);
        return input;
    }

    private static Label fieldLabel(String text, SecretInput input) {
        Label label = new Label(text);
        label.setLabelFor(input.field());
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label wrapped(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
