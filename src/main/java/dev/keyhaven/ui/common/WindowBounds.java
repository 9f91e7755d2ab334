package dev.keyhaven.ui.common;

/** Where the main window was when the app last closed. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    /** True when the size is one a window can reasonably be restored to. */
    public boolean usable() {
        return width >= 400 && height >= 300 && Double.isFinite(x) && Double.isFinite(y);
    }
}
