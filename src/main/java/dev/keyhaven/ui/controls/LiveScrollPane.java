package dev.keyhaven.ui.controls;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Skin;

/**
 * A scroll pane for content that changes while it shows (Check all's rows): JavaFX caches a scroll pane's
 * viewport as a bitmap, so every change redrew the whole visible content into the bitmap, then the bitmap; here
 * only what changed is redrawn.
 */
public final class LiveScrollPane extends ScrollPane {

    public LiveScrollPane(Node content) {
        super(content);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        Skin<?> skin = super.createDefaultSkin();
        getChildrenUnmodifiable().stream().filter(child -> child.getStyleClass().contains("viewport"))
                .forEach(viewport -> viewport.setCache(false));
        return skin;
    }
}
