package dev.keyhaven.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/** The keyboard for a node that may not be shown yet (a tab's content built just now). */
public final class FocusWhenShown {

    private FocusWhenShown() {
    }

    /** Gives {@code node} the keyboard once it is in a scene (at the next pulse); nothing for null. */
    public static void request(Node node) {
        if (node == null) {
            return;
        }
        if (node.getScene() != null) {
            Platform.runLater(node::requestFocus);
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> observable, Scene was, Scene now) {
                if (now != null) {
                    node.sceneProperty().removeListener(this);
                    Platform.runLater(node::requestFocus);
                }
            }
        });
    }
}
