package dev.keyhaven.ui;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/** The short note at the bottom of the main window ("Saved …", "Deleted …") that goes after a few seconds. */
final class Toast {

    private final Label label = new Label();
    private final PauseTransition timer = new PauseTransition(javafx.util.Duration.seconds(6));

    Toast() {
        label.getStyleClass().add("toast");
        label.setId("toast");
        label.setWrapText(true);
        label.setVisible(false);
        timer.setOnFinished(event -> label.setVisible(false));
    }

    void show(String text) {
        label.setText(text);
        label.setVisible(true);
        timer.playFromStart();
    }

    /** The layer that holds the note over the main screen, letting clicks through elsewhere. */
    Node layer() {
        StackPane layer = new StackPane(label);
        layer.setPickOnBounds(false);
        layer.setAlignment(Pos.BOTTOM_CENTER);
        layer.setPadding(new Insets(0, 0, 18, 0));
        label.setMaxWidth(Region.USE_PREF_SIZE);
        label.setPrefWidth(Region.USE_COMPUTED_SIZE);
        return layer;
    }
}
