package dev.keyhaven.ui.controls;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuButton;
import javafx.stage.Window;

/**
 * A menu button at the right of a row opens its menu leftwards, the menu's right edge under the button's:
 * JavaFX opens it rightwards from the button's left edge, out of the window's right side.
 */
public final class MenuOpensLeftward {

    private MenuOpensLeftward() {
    }

    public static void on(MenuButton button) {
        button.setOnShown(event -> alignRightEdges(button));
    }

    private static void alignRightEdges(MenuButton button) {
        Bounds anchor = button.localToScreen(button.getBoundsInLocal());
        for (Window window : Window.getWindows()) {
            if (window instanceof ContextMenu menu && menu.getOwnerNode() == button && menu.getSkin() != null
                    && anchor != null) {
                Node content = menu.getSkin().getNode();
                Bounds shown = content.localToScreen(content.getBoundsInLocal());
                if (shown != null) {
                    menu.setX(menu.getX() + anchor.getMaxX() - shown.getMaxX());
                }
            }
        }
    }
}
