package dev.keyhaven.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Control;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Window;

/**
 * Walks every showing window's scene graph (call it on the JavaFX thread) for text the user cannot read
 * whole: a label that shows "…" for its text, a label given less width than its one-line text needs, and
 * a piece of text that reaches beyond one of its ancestors (a list cell, a table column, a clip, a pane
 * narrower than its content, the window), a sideways scroll bar anywhere, and a button that lies (partly)
 * outside its window. Text scrolled out of view in a scroll pane or a list is not a
 * problem; text cut off sideways is.
 */
final class LayoutProblems {

    /** Half a pixel of rounding either way is not clipping. */
    private static final double SLACK = 1.0;
    private static final double WRAP_SLACK = 8.0;

    private LayoutProblems() {
    }

    static List<String> inEveryWindow() {
        List<String> found = new ArrayList<>();
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && window.getScene() != null) {
                collect(window.getScene().getRoot(), found);
            }
        }
        return found;
    }

    private static void collect(Node node, List<String> found) {
        if (!node.isVisible() || node.getOpacity() == 0 || node instanceof TextInputControl) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()
                && labeled.getWidth() > 0) {
            checkLabeled(labeled, found);
        }
        if (node instanceof javafx.scene.control.ButtonBase button && button.getWidth() > 0) {
            outsideItsWindow(button).ifPresent(found::add);
        }
        if (node instanceof Text text && text.getText() != null && !text.getText().isBlank()) {
            outside(text).ifPresent(found::add);
        }
        if (node instanceof ScrollPane scroll && scroll.getContent() instanceof Region content
                && scroll.getViewportBounds().getWidth() > 0
                && content.getWidth() > scroll.getViewportBounds().getWidth() + SLACK) {
            found.add(String.format(Locale.ROOT, "%s scrolls sideways: content %.0f px wide in %.0f",
                    scroll.getId() == null ? scroll.getStyleClass() : "#" + scroll.getId(), content.getWidth(),
                    scroll.getViewportBounds().getWidth()));
        }
        if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL && bar.getWidth() > 0
                && bar.getHeight() > 0) {
            Node owner = bar.getParent();
            while (owner != null && !(owner instanceof Control)) {
                owner = owner.getParent();
            }
            found.add("a sideways scroll bar shows in " + (owner == null ? "the window"
                    : owner.getClass().getSimpleName() + (owner.getId() == null ? "" : "#" + owner.getId())
                            + owner.getStyleClass()));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }

    private static void checkLabeled(Labeled labeled, List<String> found) {
        String wanted = labeled.isMnemonicParsing() ? labeled.getText().replaceFirst("_", "") : labeled.getText();
        labeled.getChildrenUnmodifiable().stream()
                .filter(child -> child instanceof Text && child.getStyleClass().contains("text"))
                .map(child -> ((Text) child).getText())
                .filter(shown -> !shown.equals(wanted))
                .findFirst()
                .ifPresent(shown -> found.add("\"" + wanted + "\" shown as \"" + shown + "\""));
        // A titled pane's or a cell's preferred width is its content's: only labels and buttons are their text.
        boolean ownText = labeled instanceof javafx.scene.control.Label || labeled instanceof javafx.scene.control.ButtonBase;
        if (ownText && !labeled.isWrapText() && labeled.getWidth() + SLACK < labeled.prefWidth(-1)) {
            found.add(String.format(Locale.ROOT, "\"%s\" is %.0f px wide, its text needs %.0f", wanted,
                    labeled.getWidth(), labeled.prefWidth(-1)));
        }
    }

    /** A button that reaches past its window's edge (not one scrolled away in a scroll pane or a list). */
    private static java.util.Optional<String> outsideItsWindow(javafx.scene.control.ButtonBase button) {
        for (Node ancestor = button.getParent(); ancestor != null; ancestor = ancestor.getParent()) {
            if (ancestor instanceof ScrollPane || ancestor instanceof IndexedCell) {
                return java.util.Optional.empty();
            }
        }
        Bounds own = button.localToScene(button.getLayoutBounds());
        double width = button.getScene().getWidth();
        double height = button.getScene().getHeight();
        if (own.getMinX() >= -SLACK && own.getMinY() >= -SLACK && own.getMaxX() <= width + SLACK
                && own.getMaxY() <= height + SLACK) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(String.format(Locale.ROOT,
                "the button \"%s\" [x %.0f-%.0f, y %.0f-%.0f] lies outside its window [%.0f x %.0f]", button.getText(),
                own.getMinX(), own.getMaxX(), own.getMinY(), own.getMaxY(), width, height));
    }

    /** The first ancestor whose visible area does not hold all of {@code text}, described; or empty. */
    private static java.util.Optional<String> outside(Text text) {
        Bounds own = text.localToScene(text.getBoundsInLocal());
        if (own.getWidth() <= 0 || own.getHeight() <= 0) {
            return java.util.Optional.empty();
        }
        java.util.Set<Node> scrolled = new java.util.HashSet<>();
        for (Node ancestor = text.getParent(); ancestor != null; ancestor = ancestor.getParent()) {
            if (ancestor instanceof ScrollPane scroll) {
                scrolled.add(scroll.getContent());
            }
        }
        boolean vertical = true;
        for (Node ancestor = text.getParent(); ancestor != null; ancestor = ancestor.getParent()) {
            if (ancestor instanceof Region region && region.getWidth() > 0) {
                Bounds area = region.localToScene(region.getLayoutBounds());
                // A wrapped line's bounds keep the space it broke at: a few pixels past its label, not drawn.
                double slack = text.getWrappingWidth() > 0 ? WRAP_SLACK : SLACK;
                if (!holds(area, own, vertical, slack)) {
                    return java.util.Optional.of(describe(text, ancestor, own, area));
                }
            }
            if (ancestor.getClip() != null) {
                Bounds clip = ancestor.localToScene(ancestor.getClip().getBoundsInParent());
                if (!holds(clip, own, vertical, SLACK)) {
                    return java.util.Optional.of(describe(text, ancestor, own, clip) + " (its clip)");
                }
            }
            // What lies above or below a scroll pane's content or a list's row is scrolled away, not cut.
            if (scrolled.contains(ancestor) || ancestor instanceof IndexedCell) {
                vertical = false;
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean holds(Bounds area, Bounds own, boolean vertical, double slack) {
        boolean across = own.getMinX() >= area.getMinX() - slack && own.getMaxX() <= area.getMaxX() + slack;
        boolean down = !vertical || own.getMinY() >= area.getMinY() - slack && own.getMaxY() <= area.getMaxY() + slack;
        return across && down;
    }

    private static String describe(Text text, Node ancestor, Bounds own, Bounds area) {
        String name = ancestor.getClass().getSimpleName() + (ancestor.getId() == null ? "" : "#" + ancestor.getId())
                + ancestor.getStyleClass();
        return String.format(Locale.ROOT, "\"%s\" [x %.0f-%.0f, y %.0f-%.0f] cut by %s [x %.0f-%.0f, y %.0f-%.0f]",
                text.getText(), own.getMinX(), own.getMaxX(), own.getMinY(), own.getMaxY(), name, area.getMinX(),
                area.getMaxX(), area.getMinY(), area.getMaxY());
    }
}
