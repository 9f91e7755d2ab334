package dev.keyhaven.ui.controls;

import dev.keyhaven.keys.KeyVerdict;
import javafx.scene.control.Label;
import javafx.scene.shape.SVGPath;

/** A key's verdict as an icon and its word, so it reads the same without colour. */
public final class StatusMark extends Label {

    private static final String CHECK = "M2 7.5 L5.5 11 L12 3.5";
    private static final String WARNING = "M7 1.5 L13 12.5 L1 12.5 Z M7 5 L7 8.5 M7 10 L7 10.8";
    private static final String CROSS = "M3 3 L11 11 M11 3 L3 11";
    private static final String CIRCLE = "M7 2 A5 5 0 1 1 6.99 2 Z";
    private static final String QUESTION = "M4.5 5 A2.5 2.5 0 1 1 7 7.5 L7 9 M7 10.6 L7 11";

    private final SVGPath icon = new SVGPath();
    private KeyVerdict status;

    public StatusMark(KeyVerdict status) {
        getStyleClass().add("status-mark");
        icon.getStyleClass().add("status-icon");
        setGraphic(icon);
        setMinWidth(USE_PREF_SIZE);
        show(status);
    }

    /** The style class of a verdict's colour: the status panel's title uses the same. */
    public static String styleClass(KeyVerdict verdict) {
        return switch (verdict) {
            case CAN_WITHDRAW -> "status-withdraw";
            case WORKS -> "status-verified";
            case WORKS_WITH_WARNINGS, NEEDS_FIX -> "status-warnings";
            case REJECTED -> "status-failing";
            case COULD_NOT_CHECK, CHANGED, NEVER_CHECKED -> "status-never";
        };
    }

    /** Shows {@code next} instead; list cells reuse one mark rather than build a new one per row. */
    public void show(KeyVerdict next) {
        if (next == status) {
            return;
        }
        if (status != null) {
            getStyleClass().remove(styleClass(status));
        }
        status = next;
        getStyleClass().add(styleClass(next));
        setText(next.text());
        icon.setContent(switch (next) {
            case CAN_WITHDRAW, WORKS_WITH_WARNINGS, NEEDS_FIX -> WARNING;
            case WORKS -> CHECK;
            case REJECTED -> CROSS;
            case COULD_NOT_CHECK, CHANGED -> QUESTION;
            case NEVER_CHECKED -> CIRCLE;
        });
        setAccessibleText("Status: " + next.text());
    }

    public KeyVerdict status() {
        return status;
    }
}
