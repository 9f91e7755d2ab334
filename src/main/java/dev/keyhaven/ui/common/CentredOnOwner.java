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
        Runnable fitAndCentre = () -> {
            fit(dialog);
            centre.run();
        };
        dialog.setOnShown(event -> {
            fitAndCentre.run();
            Platform.runLater(fitAndCentre);
        });
        // The window is sized once, as it opens; a pane that then needs more (the master-password question: 319 px
        // in a 317 px window) grows the window instead of losing its bottom border below the window's edge.
        dialog.getDialogPane().heightProperty().addListener((observable, was, now) -> Platform.runLater(fitAndCentre));
        dialog.widthProperty().addListener((observable, was, now) -> centre.run());
        dialog.heightProperty().addListener((observable, was, now) -> centre.run());
    }

    /** Makes the dialog's window as tall as its pane is or needs at the width it has (never above its max). */
    private static void fit(Dialog<?> dialog) {
        javafx.scene.control.DialogPane pane = dialog.getDialogPane();
        if (!dialog.isShowing() || pane.getScene() == null || Double.isNaN(dialog.getHeight())) {
            return;
        }
        pane.applyCss();
        double needed = Math.max(pane.getHeight(),
                Math.max(pane.minHeight(pane.getWidth()), pane.prefHeight(pane.getWidth())));
        double missing = Math.ceil(Math.min(needed, pane.getMaxHeight() > 0 ? pane.getMaxHeight() : needed)
                - pane.getScene().getHeight());
        if (missing > 0) {
            dialog.setHeight(dialog.getHeight() + missing);
        }
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
