package dev.keyhaven.ui.controls;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseEvent;

/**
 * Keeps the focused control of a scroll pane in view, so that moving through a long form with Tab
 * never leaves the caret below the window's edge. A control clicked with the mouse is where the pointer
 * is: the pane stays put, or the control would slide away from under the pointer between press and release.
 */
public final class FocusScrolling {

    private FocusScrolling() {
    }

    /**
     * Follows the focus while {@code pane} is in a scene. The listener on the scene is removed when the
     * pane leaves it: the scene outlives every form, and would otherwise keep each one (and the vault
     * behind its view model) reachable.
     */
    public static void follow(ScrollPane pane) {
        Node[] pressed = new Node[1];
        // The press gives the focus while it is dispatched; it is forgotten by the next pulse. Only the control
        // under the pointer stays put: a button whose action moves the focus elsewhere (its release may come
        // before that pulse) still scrolls the new focus into view.
        pane.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
            pressed[0] = event.getPickResult().getIntersectedNode();
            Platform.runLater(() -> pressed[0] = null);
        });
        ChangeListener<Node> scrollToFocused = (observable, was, focused) -> {
            if (focused != null && !isInside(pressed[0], focused) && isInside(focused, pane.getContent())) {
                scrollTo(pane, focused);
            }
        };
        pane.sceneProperty().addListener((observable, was, scene) -> {
            if (was != null) {
                was.focusOwnerProperty().removeListener(scrollToFocused);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(scrollToFocused);
            }
        });
        if (pane.getScene() != null) {
            pane.getScene().focusOwnerProperty().addListener(scrollToFocused);
        }
    }

    /**
     * Scrolls {@code pane} to show {@code message} whole each time it is given words: a result written under
     * a page's buttons would otherwise start below the window's edge in a short window.
     */
    public static void revealWhenSaid(ScrollPane pane, javafx.scene.control.Labeled message) {
        message.textProperty().addListener((observable, was, now) -> {
            if (now != null && !now.isBlank()) {
                Platform.runLater(() -> {
                    if (message.getScene() != null && message.isVisible() && isInside(message, pane.getContent())) {
                        pane.applyCss();
                        pane.layout();
                        scrollTo(pane, message);
                    }
                });
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
