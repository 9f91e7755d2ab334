package dev.keyhaven.ui.controls;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;

/**
 * Keeps the keyboard's place when a button it pressed is disabled while its work runs (Check all, Back up
 * now, Replace the key, Revoke). Left alone, the scene would hand the focus to the next control it finds
 * (the toolbar's Add key, a field elsewhere) and a second Space or Enter would press that. Instead the
 * focus waits on {@code holder}, which presses nothing, and goes back to the button when it is enabled
 * again, or on to the first of {@code next} that appears (the flow's next step), unless the user has
 * moved it meanwhile.
 */
public final class FocusPlace {

    private final Node button;
    private final Node holder;
    private final List<Node> next;
    private boolean waiting;

    private FocusPlace(Node button, Node holder, List<Node> next) {
        this.button = button;
        this.holder = holder;
        this.next = next;
    }

    public static void keep(Node button, Node holder, Node... next) {
        FocusPlace place = new FocusPlace(button, holder, List.of(next));
        button.disabledProperty().addListener((observable, was, now) -> place.buttonChanged(now));
        InvalidationListener nextChanged = observable -> place.nextChanged();
        for (Node each : next) {
            each.disabledProperty().addListener(nextChanged);
            each.visibleProperty().addListener(nextChanged);
        }
    }

    private void buttonChanged(boolean disabled) {
        // The scene's focus owner, not isFocused(): a question just answered may not have given the window
        // its focus back yet, and the scene would hand the focus on to the next control all the same.
        if (disabled && button.getScene() != null && button.getScene().getFocusOwner() == button) {
            waiting = true;
            holder.requestFocus();
            nextChanged();
        } else if (!disabled && stillWaiting()) {
            waiting = false;
            button.requestFocus();
        }
    }

    private void nextChanged() {
        if (!stillWaiting()) {
            return;
        }
        for (Node each : next) {
            if (each.getScene() != null && each.isVisible() && !each.isDisabled()) {
                waiting = false;
                each.requestFocus();
                return;
            }
        }
    }

    /** True while the focus is where this left it: the user has not moved it since. */
    private boolean stillWaiting() {
        return waiting && holder.getScene() != null && holder.getScene().getFocusOwner() == holder;
    }
}
