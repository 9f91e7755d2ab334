package dev.keyhaven.ui.controls;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A titled group of fields, as the credentials form and the settings show them. */
public final class FormSection extends VBox {

    public FormSection(String title, Node... children) {
        super(10);
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        getChildren().add(heading);
        getChildren().addAll(children);
        getStyleClass().add("form-section");
    }
}
