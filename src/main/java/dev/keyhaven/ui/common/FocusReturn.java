package dev.keyhaven.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Gives the focus back to the control that opened a note once it closes (otherwise the window hands it to its
 * first control, the toolbar's Add key), and finds the control a new page gives the focus to.
 */
public final class FocusReturn {

    private final Node opener;

    private FocusReturn(Node opener) {
        this.opener = opener;
    }

    /** Nothing to give back. */
    public static FocusReturn none() {
        return new FocusReturn(null);
    }

    /** Remembers the control that has the focus in {@code scene} (none: nothing to give back). */
    public static FocusReturn remember(Scene scene) {
        return new FocusReturn(scene == null ? null : scene.getFocusOwner());
    }

    /** Gives the focus back to the remembered control if it is still shown and can take it; true when it did. */
    public boolean giveBack() {
        if (!canTakeFocus(opener)) {
            return false;
        }
        opener.requestFocus();
        return true;
    }

    /** True when {@code node} is in a window, shown (itself and its parents) and not disabled. */
    public static boolean canTakeFocus(Node node) {
        if (node == null || node.getScene() == null || node.isDisabled()) {
            return false;
        }
        for (Node shown = node; shown != null; shown = shown.getParent()) {
            if (!shown.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The first control in {@code root} the keyboard reaches (Tab), in the order Tab takes, or null. */
    public static Node firstControlIn(Node root) {
        if (root.isFocusTraversable() && canTakeFocus(root)) {
            return root;
        }
        if (root instanceof Parent parent && root.isVisible() && !root.isDisabled()) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = firstControlIn(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
