package dev.keyhaven.ui.controls;

import javafx.scene.control.Label;

/** A small rounded tag, e.g. "Trading bot" or "Demo". */
public final class Badge extends Label {

    public Badge(String text, String... styleClasses) {
        super(text);
        getStyleClass().add("badge");
        getStyleClass().addAll(styleClasses);
        setMinWidth(USE_PREF_SIZE);
    }
}
