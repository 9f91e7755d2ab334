package dev.keyhaven.ui.controls;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Makes Tab (and Shift+Tab) leave a text area as it leaves every other field, instead of typing a tab
 * character that nobody wants in a note: otherwise a keyboard user is stuck in the area for good.
 */
public final class TabMovesFocus {

    private TabMovesFocus() {
    }

    public static void on(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown() && !event.isAltDown() && !event.isMetaDown()) {
                event.consume();
                // The text area's own keys move the focus on Ctrl+Tab and Ctrl+Shift+Tab.
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, event.isShiftDown(), true,
                        false, false));
            }
        });
    }
}
