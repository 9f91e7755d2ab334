package dev.keyhaven.ui.controls;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A page that scrolls as one: its parts one under the other in a single vertical scroll pane, as wide as
 * the window, following the keyboard's focus. A part must not scroll on its own inside it: in a short
 * window two scroll bars cut the page into strips that each show too little.
 */
public final class ScrollingPage {

    private ScrollingPage() {
    }

    /** {@code parts} in one scroll pane, given {@code id} as its id and style class. */
    public static ScrollPane of(String id, Node... parts) {
        VBox content = new VBox(parts);
        content.getStyleClass().add(id + "-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId(id);
        scroll.getStyleClass().addAll(id, "edge-to-edge");
        scroll.setFitToWidth(true);
        FocusScrolling.follow(scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return scroll;
    }
}
