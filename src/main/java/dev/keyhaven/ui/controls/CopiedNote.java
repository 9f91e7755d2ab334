package dev.keyhaven.ui.controls;

import dev.keyhaven.ui.common.FxTimer;
import java.time.Duration;
import javafx.event.ActionEvent;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Popup;
import javafx.stage.Window;

/**
 * "Copied" beside the button that copied, wherever it is (a key's form, the archive, a guide), with the
 * time left before the clipboard is cleared. It floats over the window, next to the button last pressed
 * in the watched scene, and is kept inside the window; it goes after a few seconds. Its popup is made at
 * the first copy, not before the unlock screen's first frame.
 */
public final class CopiedNote {

    private static final double GAP = 6;
    private static final double MARGIN = 8;

    private Label label;
    private Popup popup;
    private FxTimer timer;
    private Scene scene;
    private ButtonBase pressed;

    private void build() {
        label = new Label();
        popup = new Popup();
        timer = FxTimer.once(Duration.ofSeconds(5), () -> popup.hide());
        label.setId("copied-note");
        label.getStyleClass().add("copied-note");
        label.setWrapText(true);
        label.setMaxWidth(320);
        label.setMinHeight(Region.USE_PREF_SIZE);
        popup.getContent().add(label);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        // A click elsewhere hides the note and still presses what it was meant for; the note may lie over
        // the next Copy button, so it makes way as soon as the pointer comes over it.
        popup.setConsumeAutoHidingEvents(false);
        label.setOnMouseEntered(event -> popup.hide());
        label.setOnMouseMoved(event -> popup.hide());
    }

    /** Remembers the button last pressed (by mouse or keyboard) in {@code watched}: the note shows beside it. */
    public void watch(Scene watched) {
        scene = watched;
        watched.addEventFilter(ActionEvent.ACTION, event -> {
            if (event.getTarget() instanceof ButtonBase button) {
                pressed = button;
            }
        });
    }

    /** Says that a value was copied and is cleared from the clipboard after {@code clearAfter}. */
    public void show(Duration clearAfter) {
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            return;
        }
        if (popup == null) {
            build();
        }
        label.setText("Copied. Keyhaven clears the clipboard in " + describe(clearAfter) + ".");
        Window window = scene.getWindow();
        popup.getScene().getStylesheets().setAll(scene.getStylesheets());
        Bounds anchor = anchor();
        popup.show(window, anchor.getMinX(), anchor.getMaxY() + GAP);
        place(window, anchor);
        timer.restart();
    }

    /** Below the button, or above it when the window ends first; never past the window's sides. */
    private void place(Window window, Bounds anchor) {
        double width = popup.getWidth();
        double height = popup.getHeight();
        double right = window.getX() + window.getWidth() - MARGIN;
        double bottom = window.getY() + window.getHeight() - MARGIN;
        double x = Math.max(window.getX() + MARGIN, Math.min(anchor.getMinX(), right - width));
        double y = anchor.getMaxY() + GAP + height <= bottom ? anchor.getMaxY() + GAP : anchor.getMinY() - GAP - height;
        popup.setX(x);
        popup.setY(Math.max(window.getY() + MARGIN, y));
    }

    /** The pressed button's place on the screen; the window's lower middle when it is gone. */
    private Bounds anchor() {
        Node button = pressed != null && pressed.getScene() == scene && pressed.isVisible() ? pressed : null;
        if (button == null && scene.getFocusOwner() instanceof ButtonBase focused) {
            button = focused;
        }
        if (button != null) {
            Bounds bounds = button.localToScreen(button.getLayoutBounds());
            if (bounds != null) {
                return bounds;
            }
        }
        Window window = scene.getWindow();
        double x = window.getX() + window.getWidth() / 2 - 160;
        double y = window.getY() + window.getHeight() - 120;
        return new javafx.geometry.BoundingBox(x, y, 0, 0);
    }

    private static String describe(Duration duration) {
        long seconds = Math.max(1, duration.toSeconds());
        if (seconds % 60 == 0) {
            long minutes = seconds / 60;
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        return seconds + (seconds == 1 ? " second" : " seconds");
    }

    /** Hides the note (on lock). */
    public void hide() {
        if (popup == null) {
            return;
        }
        timer.stop();
        popup.hide();
    }
}
