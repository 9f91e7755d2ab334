package dev.keyhaven.ui.controls;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Gives a field the keyboard focus once it is really on screen. A field inside a scroll pane or a tab
 * joins the scene only when that container's skin is built, at the next layout pulse; a focus request
 * made before then is silently dropped (and the scene then focuses the first field it finds).
 */
public final class InitialFocus {

    private InitialFocus() {
    }

    public static void request(Node field) {
        request(field, () -> { });
    }

    /** As {@link #request(Node)}, then {@code then} (a scroll to the field, say) once the field has the focus. */
    public static void request(Node field, Runnable then) {
        Runnable focus = () -> {
            field.requestFocus();
            then.run();
        };
        if (field.getScene() != null) {
            Platform.runLater(focus);
            return;
        }
        field.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> observable, Scene was, Scene now) {
                if (now != null) {
                    field.sceneProperty().removeListener(this);
                    Platform.runLater(focus);
                }
            }
        });
    }
}
