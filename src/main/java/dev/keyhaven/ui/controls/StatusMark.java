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

    public StatusMark(KeyStatus status) {
        super(status.text());
        getStyleClass().addAll("status-mark", status.styleClass());
        SVGPath icon = new SVGPath();
        icon.setContent(switch (status) {
            case WITHDRAW_ENABLED -> WARNING;
            case VERIFIED -> CHECK;
            case WARNINGS -> WARNING;
            case FAILING -> CROSS;
            case NEVER_CHECKED -> CIRCLE;
        });
        icon.getStyleClass().add("status-icon");
        setGraphic(icon);
        setAccessibleText("Status: " + status.text());
    }
}
