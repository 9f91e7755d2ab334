package dev.keyhaven.ui.controls;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * One Tab rule for every group of secret fields: Tab goes field to field (Secret key, then Passphrase), and the
 * buttons beside them (Show, Copy) come after the last field, in their order on screen, before the controls that
 * follow the group. Left alone, Tab from a secret field lands on its Show button, and a trader who types Tab,
 * the passphrase, Enter shows the secret in clear and loses what was typed. Show stays one shortcut away in the
 * field ({@link dev.keyhaven.ui.common.PlatformShortcuts#REVEAL}); Shift+Tab walks the same order backwards.
 */
public final class SecretTabOrder {

    private final Parent group;
    private final List<SecretInput> inputs;

    private SecretTabOrder(Parent group, List<SecretInput> inputs) {
        this.group = group;
        this.inputs = inputs;
    }

    /** Orders Tab inside {@code group}, which holds {@code inputs} in this order on screen. */
    public static void within(Parent group, SecretInput... inputs) {
        SecretTabOrder order = new SecretTabOrder(group, List.of(inputs));
        group.addEventFilter(KeyEvent.KEY_PRESSED, order::tabPressed);
    }

    private void tabPressed(KeyEvent event) {
        if (event.getCode() != KeyCode.TAB || event.isControlDown() || event.isAltDown() || event.isMetaDown()
                || group.getScene() == null) {
            return;
        }
        List<Node> order = order();
        int at = order.indexOf(group.getScene().getFocusOwner());
        if (at < 0) {
            return;
        }
        int next = event.isShiftDown() ? at - 1 : at + 1;
        // Before the first field and after the last button, the scene's own order goes on.
        if (next >= 0 && next < order.size()) {
            event.consume();
            order.get(next).requestFocus();
        }
    }

    /** The fields that take the focus now, then every other control from the first field to the last input's end. */
    private List<Node> order() {
        List<Node> fields = new ArrayList<>();
        for (SecretInput input : inputs) {
            if (canFocus(input.field())) {
                fields.add(input.field());
            }
        }
        List<Node> all = new ArrayList<>();
        collect(group, all);
        int first = fields.isEmpty() ? -1 : all.indexOf(fields.get(0));
        int last = lastInside(all, inputs.get(inputs.size() - 1));
        List<Node> order = new ArrayList<>(fields);
        for (int i = Math.max(first, 0); first >= 0 && i <= last; i++) {
            if (!fields.contains(all.get(i))) {
                order.add(all.get(i));
            }
        }
        return order;
    }

    private static int lastInside(List<Node> all, Node container) {
        for (int i = all.size() - 1; i >= 0; i--) {
            for (Node each = all.get(i); each != null; each = each.getParent()) {
                if (each == container) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The controls the focus may visit under {@code parent}, in their order on screen (the scene graph's). */
    private void collect(Parent parent, List<Node> into) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (!child.isVisible() || child.isDisabled()) {
                continue;
            }
            if (child.isFocusTraversable()) {
                into.add(child);
            } else if (child instanceof Parent inner) {
                collect(inner, into);
            }
        }
    }

    private boolean canFocus(Node node) {
        for (Node each = node; each != null && each != group; each = each.getParent()) {
            if (!each.isVisible() || each.isDisabled()) {
                return false;
            }
        }
        return node.isFocusTraversable();
    }
}
