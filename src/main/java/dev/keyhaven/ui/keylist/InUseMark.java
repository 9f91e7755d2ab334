package dev.keyhaven.ui.keylist;

import dev.keyhaven.keys.KeyInUse;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Circle;

/** A small "In use" beside a key's verdict while a bot uses the key through the gateway; nothing otherwise. */
final class InUseMark extends Label {

    private final Tooltip tip = new Tooltip();

    InUseMark() {
        getStyleClass().add("in-use-mark");
        Circle dot = new Circle(3.5);
        dot.getStyleClass().add("in-use-dot");
        setGraphic(dot);
        setMinWidth(USE_PREF_SIZE);
        setTooltip(tip);
        managedProperty().bind(visibleProperty());
        show(KeyInUse.none());
    }

    void show(KeyInUse use) {
        setVisible(use.inUse());
        setText(use.mark());
        tip.setText(use.sentence(java.time.ZoneId.systemDefault()));
    }
}
