package dev.keyhaven.ui.common;

import javafx.application.Platform;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * Every question the app asks opens over the main window, centred on it and wholly inside it: a dialog
 * whose text would be wider than the window wraps instead, and one that grows (a sentence under a field)
 * is centred again.
 */
public final class CentredOnOwner {

    /** Room left between the dialog and the window's edges. */
    static final double MARGIN = 16;

    private CentredOnOwner() {
    }

    /** Call before showing {@code dialog}, which {@code owner} owns. */
    public static void place(Dialog<?> dialog, Window owner) {
        if (owner == null) {
            return;
        }
        dialog.getDialogPane().setMaxWidth(Math.max(300, owner.getWidth() - 2 * MARGIN));
        dialog.getDialogPane().setMaxHeight(Math.max(200, owner.getHeight() - 2 * MARGIN));
        Runnable centre = () -> centre(dialog, owner);
        // The window system may still report the spot the dialog first opened at: centre again after that news.
        dialog.setOnShown(event -> {
            centre.run();
            Platform.runLater(centre);
        });
        dialog.widthProperty().addListener((observable, was, now) -> centre.run());
        dialog.heightProperty().addListener((observable, was, now) -> centre.run());
    }

    private static void centre(Dialog<?> dialog, Window owner) {
        if (!dialog.isShowing() || Double.isNaN(dialog.getWidth()) || Double.isNaN(dialog.getHeight())) {
            return;
        }
        double x = owner.getX() + (owner.getWidth() - dialog.getWidth()) / 2;
        double y = owner.getY() + (owner.getHeight() - dialog.getHeight()) / 2;
        dialog.setX(Math.max(owner.getX(), Math.min(x, owner.getX() + owner.getWidth() - dialog.getWidth())));
        dialog.setY(Math.max(owner.getY(), Math.min(y, owner.getY() + owner.getHeight() - dialog.getHeight())));
    }
}
