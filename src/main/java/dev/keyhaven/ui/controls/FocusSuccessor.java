package dev.keyhaven.ui.controls;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Moves the keyboard's focus off a part of a page that is about to go (a card deleted, a reminder done
 * with). Left alone, the scene hands a removed control's focus to the first field it finds: the key list's
 * filter, where the next key typed would filter the list. Instead the focus goes to the next control after
 * the part (or the one before it when none follows), within {@code page}; to {@code page} itself when it
 * has none.
 */
public final class FocusSuccessor {

    private FocusSuccessor() {
    }

    /** Call before {@code leaving} is removed; does nothing unless the focus is inside it. */
    public static void beforeRemoving(Node leaving, Parent page) {
        if (leaving.getScene() == null || !isIn(leaving.getScene().getFocusOwner(), leaving)) {
            return;
        }
        Node child = leaving;
        for (Parent parent = leaving.getParent(); parent != null; child = parent, parent = parent.getParent()) {
            List<Node> siblings = parent.getChildrenUnmodifiable();
            int at = siblings.indexOf(child);
            Node found = firstIn(siblings.subList(at + 1, siblings.size()), false);
            if (found == null) {
                found = firstIn(siblings.subList(0, Math.max(0, at)), true);
            }
            if (found != null) {
                found.requestFocus();
                return;
            }
            if (parent == page) {
                break;
            }
        }
        page.requestFocus();
    }

    /** The first (or, {@code last}, the last) control among {@code nodes} and their insides that takes the focus. */
    static Node firstIn(List<Node> nodes, boolean last) {
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(last ? nodes.size() - 1 - i : i);
            Node found = focusable(node, last);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static Node focusable(Node node, boolean last) {
        if (!node.isVisible() || node.isDisabled()) {
            return null;
        }
        if (node.isFocusTraversable()) {
            return node;
        }
        return node instanceof Parent parent && !(node instanceof javafx.scene.control.Control)
                || node instanceof javafx.scene.control.TitledPane || node instanceof javafx.scene.control.ScrollPane
                ? firstIn(((Parent) node).getChildrenUnmodifiable(), last) : null;
    }

    /** True when {@code node} is {@code ancestor} or lies inside it. */
    public static boolean isIn(Node node, Node ancestor) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }
}
