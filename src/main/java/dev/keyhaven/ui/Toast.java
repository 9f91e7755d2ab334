package dev.keyhaven.ui;

import dev.keyhaven.ui.common.FxTimer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The short note ("Saved …", "Deleted …") that goes after a few seconds. It shows in the main window's
 * status bar, a strip of its own under the pages, so it never lies over a verdict or a button.
 */
final class Toast {

    private final Label label = new Label();
    private final FxTimer timer = FxTimer.once(java.time.Duration.ofSeconds(6), this::hide);

    Toast() {
        label.getStyleClass().add("toast");
        label.setId("toast");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setVisible(false);
    }

    private void hide() {
        label.setVisible(false);
        label.setText("");
    }

    void show(String text) {
        label.setText(text);
        label.setVisible(true);
        timer.restart();
    }

    /** The status bar along the bottom of the main screen that holds the note. */
    Node bar() {
        StackPane bar = new StackPane(label);
        bar.setId("status-bar");
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }
}
