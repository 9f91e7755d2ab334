package dev.keyhaven.ui.status;

import dev.keyhaven.keys.KeyInUse;
import java.time.ZoneId;
import javafx.geometry.Insets;
import javafx.scene.control.Label;

/**
 * The Status tab's line on whether a bot uses the key, with its times (keys.KeyInUse words it); hidden when
 * no bot is known to have it.
 */
public final class InUseLine extends Label {

    private final ZoneId zone;

    public InUseLine(ZoneId zone) {
        this.zone = zone;
        setId("in-use-line");
        getStyleClass().add("in-use-line");
        setWrapText(true);
        // Wrapped over as many lines as it needs: the Status tab below it gives up height first.
        setMinHeight(USE_PREF_SIZE);
        setPadding(new Insets(8, 16, 0, 16));
        managedProperty().bind(visibleProperty());
        show(KeyInUse.none());
    }

    public void show(KeyInUse use) {
        String sentence = use.sentence(zone);
        setText(sentence);
        setVisible(!sentence.isEmpty());
        getStyleClass().remove("in-use-past");
        if (!use.inUse()) {
            getStyleClass().add("in-use-past");
        }
    }
}
