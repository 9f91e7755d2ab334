package dev.keyhaven.ui.unlock;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The calm, centred card the create and unlock screens share. */
abstract class StartCard extends StackPane {

    private final VBox card = new VBox(10);

    protected StartCard(String title, String subtitle) {
        getStyleClass().add("start-screen");
        card.getStyleClass().add("start-card");
        card.setMaxWidth(460);
        card.setMaxHeight(USE_PREF_SIZE);
        Label brand = new Label("Keyhaven");
        brand.getStyleClass().add("brand");
        Label heading = new Label(title);
        heading.getStyleClass().add("title-2");
        Label lead = new Label(subtitle);
        lead.getStyleClass().add("lead");
        lead.setWrapText(true);
        card.getChildren().addAll(brand, heading, lead);
        setAlignment(Pos.CENTER);
        getChildren().add(card);
    }

    void add(Node... nodes) {
        card.getChildren().addAll(nodes);
    }

    static Label fieldLabel(String text, Node field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        label.getStyleClass().add("field-label");
        return label;
    }

    /** A spinner and a sentence, shown while {@code busy} holds (the slow, deliberate key derivation). */
    static HBox busyRow(String sentence, ObservableBooleanValue busy) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMinSize(22, 22);
        spinner.setPrefSize(22, 22);
        Label working = new Label(sentence);
        working.setWrapText(true);
        working.getStyleClass().add("muted");
        HBox row = new HBox(10, spinner, working);
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(busy);
        row.managedProperty().bind(busy);
        return row;
    }

    static Label note(String text, String... styleClasses) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("note");
        label.getStyleClass().addAll(styleClasses);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }
}
