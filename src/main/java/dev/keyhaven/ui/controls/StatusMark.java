package dev.keyhaven.ui.controls;

import dev.keyhaven.ui.common.KeyStatus;
import javafx.scene.control.Label;
import javafx.scene.shape.SVGPath;

/** A key's status as an icon and a word, so it reads the same without colour. */
public final class StatusMark extends Label {

    private static final String CHECK = "M2 7.5 L5.5 11 L12 3.5";
    private static final String WARNING = "M7 1.5 L13 12.5 L1 12.5 Z M7 5 L7 8.5 M7 10 L7 10.8";
    private static final String CROSS = "M3 3 L11 11 M11 3 L3 11";
    private static final String CIRCLE = "M7 2 A5 5 0 1 1 6.99 2 Z";

    private final SVGPath icon = new SVGPath();
    private KeyStatus status;

    public StatusMark(KeyStatus status) {
        getStyleClass().add("status-mark");
        icon.getStyleClass().add("status-icon");
        setGraphic(icon);
        show(status);
    }

    /** Shows {@code next} instead; list cells reuse one mark rather than build a new one per row. */
    public void show(KeyStatus next) {
        if (next == status) {
            return;
        }
        if (status != null) {
            getStyleClass().remove(status.styleClass());
        }
        status = next;
        getStyleClass().add(next.styleClass());
        setText(next.text());
        icon.setContent(switch (next) {
            case WITHDRAW_ENABLED, WARNINGS -> WARNING;
            case VERIFIED -> CHECK;
            case FAILING -> CROSS;
            case NEVER_CHECKED -> CIRCLE;
        });
        setAccessibleText("Status: " + next.text());
    }

    public KeyStatus status() {
        return status;
    }
}
