package dev.keyhaven.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.stage.Window;

/**
 * Walks every showing window (call it on the JavaFX thread) for a visible button that another node lies
 * over (a pane stacked on it, say), so that a click on its middle reaches that node instead. A button
 * scrolled out of its scroll pane's view, or outside its window, is not covered ({@link LayoutProblems}
 * reports the latter).
 */
final class CoveredButtons {

    private CoveredButtons() {
    }

    static List<String> inEveryWindow() {
        List<String> found = new ArrayList<>();
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && window.getScene() != null) {
                Parent root = window.getScene().getRoot();
                collect(root, root, found);
            }
        }
        return found;
    }

    private static void collect(Node node, Parent root, List<String> found) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof ButtonBase button && button.getWidth() > 0 && button.getHeight() > 0) {
            Bounds own = button.localToScene(button.getLayoutBounds());
            Point2D middle = new Point2D(own.getCenterX(), own.getCenterY());
            if (shown(button, middle) && inside(middle, root)) {
                Node hit = pick(root, middle);
                if (hit != null && !isIn(hit, button)) {
                    found.add(String.format(Locale.ROOT, "the button \"%s\" is covered by %s at (%.0f, %.0f)",
                            button.getText(), describe(hit), middle.getX(), middle.getY()));
                }
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, root, found));
        }
    }

    /** The node a click at {@code point} (scene coordinates) reaches: the topmost pickable one under it. */
    static Node pick(Node node, Point2D point) {
        if (!node.isVisible() || node.isMouseTransparent()) {
            return null;
        }
        Point2D local = node.sceneToLocal(point);
        if (node.getClip() != null && !node.getClip().contains(node.getClip().parentToLocal(local))) {
            return null;
        }
        if (node instanceof Parent parent) {
            List<Node> children = parent.getChildrenUnmodifiable();
            for (int index = children.size() - 1; index >= 0; index--) {
                Node hit = pick(children.get(index), point);
                if (hit != null) {
                    return hit;
                }
            }
        }
        boolean here = node.isPickOnBounds() ? node.getLayoutBounds().contains(local) : node.contains(local);
        return here ? node : null;
    }

    /** False when a clip on the way up (a scroll pane's viewport) hides {@code point}: scrolled away. */
    private static boolean shown(Node button, Point2D point) {
        for (Node ancestor = button; ancestor != null; ancestor = ancestor.getParent()) {
            Node clip = ancestor.getClip();
            if (clip != null && !clip.contains(clip.parentToLocal(ancestor.sceneToLocal(point)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean inside(Point2D point, Parent root) {
        return point.getX() >= 0 && point.getY() >= 0 && point.getX() <= root.getScene().getWidth()
                && point.getY() <= root.getScene().getHeight();
    }

    private static boolean isIn(Node node, Node ancestor) {
        for (Node current = node; current != null; current = current.getParent()) {
            if (current == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Node node) {
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId())
                + node.getStyleClass();
    }
}
