package dev.keyhaven.ui.form;

import dev.keyhaven.ui.controls.SecretInput;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The credentials form's building blocks: a titled field with its notes, and a note shown only with text. */
final class FormLayout {

    private FormLayout() {
    }

    static VBox field(String title, Node control, Node... notes) {
        Label label = new Label(title);
        label.setMnemonicParsing(true);
        label.setLabelFor(control instanceof SecretInput secret ? secret.field() : control);
        label.getStyleClass().add("field-label");
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox field = new VBox(5, label, control);
        field.getChildren().addAll(notes);
        return field;
    }

    static Label note(String styleClass) {
        Label label = new Label();
        label.setWrapText(true);
        label.getStyleClass().addAll("note", styleClass);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }
}
