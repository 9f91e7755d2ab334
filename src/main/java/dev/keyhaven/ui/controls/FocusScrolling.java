package dev.keyhaven.ui.controls;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the focused control of a scroll pane in view, so that moving through a long form with Tab
 * never leaves the caret below the window's edge.
 */
public final class FocusScrolling {

    private FocusScrolling() {
    }

    public static void follow(ScrollPane pane) {
        pane.sceneProperty().addListener((observable, was, scene) -> {
            if (scene != null) {
                watch(scene, pane);
            }
        });
        if (pane.getScene() != null) {
            watch(pane.getScene(), pane);
        }
    }

    private static void watch(Scene scene, ScrollPane pane) {
        scene.focusOwnerProperty().addListener((observable, was, focused) -> {
            if (focused != null && pane.getScene() == scene && isInside(focused, pane.getContent())) {
                scrollTo(pane, focused);
            }
        });
    }

    /** Scrolls {@code pane} vertically just enough to show {@code node}. */
    public static void scrollTo(ScrollPane pane, Node node) {
        Node content = pane.getContent();
        if (content == null) {
            return;
        }
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewportHeight = pane.getViewportBounds().getHeight();
        double scrollable = contentHeight - viewportHeight;
        if (scrollable <= 0) {
            return;
        }
        double top = pane.getVvalue() * scrollable;
        double margin = 24;
        if (inContent.getMinY() - margin < top) {
            pane.setVvalue(Math.max(0, (inContent.getMinY() - margin) / scrollable));
        } else if (inContent.getMaxY() + margin > top + viewportHeight) {
            pane.setVvalue(Math.min(1, (inContent.getMaxY() + margin - viewportHeight) / scrollable));
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node current = node; current != null; current = current.getParent()) {
            if (current == ancestor) {
                return true;
            }
        }
        return false;
    }
}
